" Vim syntax file for the cadre rules language (.cadre).
" Install: make install (to $(PREFIX)/share/vim/vimfiles), or copy syntax/
" and ftdetect/ into ~/.vim/. The same token classes as the VS Code grammar.
if exists("b:current_syntax")
  finish
endif

syn case match
" plain names first: keywords, and later matches starting at the same place, win
syn match   cadreIdent      "\<[A-Za-z_][A-Za-z0-9_]*\>"
syn keyword cadreDecl       policy effective roles caseload pod supervision progression requires test
syn keyword cadreDecl       rule let table use override disable nextgroup=cadreName skipwhite
syn keyword cadreControl    for each in where must should otherwise expect every then until over within if else
syn keyword cadreOperator   and or not is
syn keyword cadreConstant   true false missing present as_of
syn keyword cadreUnit       day days week weeks month months year years
syn keyword cadreKeyword    key optional ref as at most least exactly average of because intended distinct
syn keyword cadreKeyword    row rows fail pass unknown nothing lead group individual per
syn keyword cadreKeyword    calendar daily weekly fortnightly monthly quarterly yearly annually assessment programme tenure met with
syn keyword cadreFunction   count sum avg min max any all gap days_between months_between years_between month_of year_of missed most_in longest
syn match   cadreName       contained "\<[A-Za-z_][A-Za-z0-9_]*\%(\.[A-Za-z_][A-Za-z0-9_]*\)*"
syn match   cadreDate       "\<\d\{4}-\d\{2}-\d\{2}\>"
syn match   cadreNumber     "\<\d\+\%(\.\d\+\)\=\>"
syn match   cadreSymbol     "??\|\.\.\|->\|<=\|>=\|!=\|[=<>+\-*/]"
syn match   cadreDelimiter  "[{}(),:.]"
syn match   cadreEscape     contained "\\."
syn region  cadreInterp     contained matchgroup=cadreDelimiter start="{" end="}" contains=TOP
syn region  cadreString     start=+"+ skip=+\\.+ end=+"+ end=+$+ contains=cadreEscape,cadreInterp
syn match   cadreComment    "#.*$" contains=@Spell

hi def link cadreDecl      Statement
hi def link cadreControl   Conditional
hi def link cadreOperator  Operator
hi def link cadreConstant  Constant
hi def link cadreUnit      Type
hi def link cadreKeyword   Keyword
hi def link cadreFunction  Function
hi def link cadreName      Identifier
" cadreIdent (field, let and table names) keeps the normal colour
hi def link cadreDate      Number
hi def link cadreNumber    Number
hi def link cadreSymbol    Operator
hi def link cadreDelimiter Delimiter
hi def link cadreEscape    SpecialChar
hi def link cadreInterp    Special
hi def link cadreString    String
hi def link cadreComment   Comment

let b:current_syntax = "cadre"
