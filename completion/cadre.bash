# bash completion for cadre — installed by `make install` as
# $(PREFIX)/share/bash-completion/completions/cadre.  Commands, each
# command's options, option values, and .cadre files / data directories.
# tests/cases/install.t checks it against `cadre --help` and each command's help.

_cadre()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="check lint compile disasm desugar fmt diff test repl lsp init help"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local cmd=${COMP_WORDS[1]} opts=""
    case $cmd in
        check)   opts="--data --as-of --format --output --strict --budget --encoding --allow-missing --color" ;;
        lint)    opts="--deny-warnings --format --color" ;;
        compile) opts="--output" ;;
        desugar) opts="--rule" ;;
        fmt)     opts="--check --write --diff" ;;
        diff)    opts="--data --as-of --fail-on --budget --encoding --allow-missing" ;;
        test)    opts="--color" ;;
        repl)    opts="--data --as-of --budget --encoding --allow-missing" ;;
        lsp)     opts="--stdio" ;;
        help)    COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    esac
    # --opt=value: bash splits at '=', so the option is two words back
    if [ "$cur" = "=" ]; then cur=""; fi
    if [ "$prev" = "=" ] && [ "$COMP_CWORD" -ge 3 ]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
    case $prev in
        --format)
            if [ "$cmd" = lint ] || [ "$cmd" = check ]; then
                COMPREPLY=($(compgen -W "text json junit sarif tap github" -- "$cur")); return
            fi ;;
        --color)   COMPREPLY=($(compgen -W "never auto always" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "new-breach change" -- "$cur")); return ;;
        --encoding) COMPREPLY=($(compgen -W "utf-8 windows-1252 cp1252 latin1" -- "$cur")); return ;;
        --data)    COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.db' -- "$cur")); return ;;
        --output|-o) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --as-of|--budget|--rule) return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts --help" -- "$cur"))
        return
    fi
    case $cmd in
        init) COMPREPLY=($(compgen -d -- "$cur")) ;;
        test) COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.cadre' -- "$cur")) ;;
        *)    COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.cadre' -- "$cur")) ;;
    esac
    # a directory completes to itself plus '/', not a space
    compopt -o filenames 2>/dev/null
}
complete -F _cadre cadre
