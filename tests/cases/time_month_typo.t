# Was pending, now fixed: a misspelt month name in a month range gives
# "a range runs from one month to another, or between two values of the
# same type" with no hint; `febuary` is neither a month nor a known name.
# It should say so and suggest the month: did you mean 'february'?
# Expected output below (suggested wording).
$ cadre lint tests/policies/time_pending_month_typo.cadre
tests/policies/time_pending_month_typo.cadre:6:20: error: unknown month 'febuary' in a month range
    6 |     must a.date in febuary .. march
      |                    ^^^^^^^
  hint: did you mean 'february'?
1 error
? 2
