# PENDING: `use` of a module with no near match gets no hint at all (and the
# design brief's own example, `use england.asye`, is such a module:
# stdlib/england/ is empty).  The hint should list the modules there are.
$ cadre lint tests/policies/pending_module.cadre
tests/policies/pending_module.cadre:2:1: error: no module 'england.asye' in the standard library
    2 | use england.asye
      | ^^^^^^^^^^^^^^^^
  hint: the standard library has: std
1 error
? 2
