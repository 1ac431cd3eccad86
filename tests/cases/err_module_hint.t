# Was pending, now fixed: `use` of a module with no near match gets no hint at all.  The
# hint should list the modules the standard library has.
$ cadre lint tests/policies/pending_module.cadre
tests/policies/pending_module.cadre:2:1: error: no module 'nowhere.at_all' in the standard library
    2 | use nowhere.at_all
      | ^^^^^^^^^^^^^^^^^^
  hint: modules: england.asye
1 error
? 2
