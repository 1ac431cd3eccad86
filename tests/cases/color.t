# Colour: --color=always forces it, piped output never has it by default, a
# terminal has it unless NO_COLOR is set (run under a pseudo-terminal here).
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --color=always | sed -n 3,4p | cat -v
^[[1;31mviolations (8)^[[0m
  ^[[1;31mcaseload.cap                                    ^[[0m  examples/medway/policy.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 20
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 | sed -n 3p | cat -v
violations (8)
? 0
$ cadre lint tests/policies/err_names.cadre --color=always 2>&1 | head -4 | cat -v
tests/policies/err_names.cadre:7:3: ^[[1;31merror^[[0m: unknown table 'staf' in reference
    7 |   owner: ref staf
      |   ^[[1;31m^^^^^^^^^^^^^^^^[[0m
  ^[[1;36mhint:^[[0m did you mean 'staff'?
? 0
$ cadre test examples/medway --color=always | sed -n 2p | cat -v
  ^[[32mok  ^[[0m  a worker at the cap passes and one above it breaches (line 3)
? 0
$ TERM=xterm python3 tests/lsp/tty.py "$bin" lint tests/policies/err_names.cadre | head -1 | cat -v
tests/policies/err_names.cadre:7:3: ^[[1;31merror^[[0m: unknown table 'staf' in reference
? 0
$ TERM=xterm NO_COLOR=1 python3 tests/lsp/tty.py "$bin" lint tests/policies/err_names.cadre | head -1 | cat -v
tests/policies/err_names.cadre:7:3: error: unknown table 'staf' in reference
? 0
$ TERM=xterm NO_COLOR=1 python3 tests/lsp/tty.py "$bin" lint tests/policies/err_names.cadre --color=always | head -1 | cat -v
tests/policies/err_names.cadre:7:3: ^[[1;31merror^[[0m: unknown table 'staf' in reference
? 0
