" Loads each file named in $FILES with editors/vim's ftdetect and syntax and
" writes to $OUT one line per character (not blank) that has no syntax group,
" then a summary line. Run: vim -Nu NONE -i NONE -es -S tests/editors/vim_check.vim
set nocompatible
execute 'set runtimepath^=' . getcwd() . '/editors/vim'
filetype on
syntax on
let out = []
let files = split($FILES)
for f in files
  execute 'edit ' . fnameescape(f)
  if &filetype !=# 'cadre'
    call add(out, f . ': filetype is ' . &filetype)
    continue
  endif
  for l in range(1, line('$'))
    let text = getline(l)
    for c in range(1, len(text))
      if text[c - 1] =~# '\s' | continue | endif
      let name = synIDattr(synID(l, c, 1), 'name')
      if name ==# ''
        call add(out, f . ':' . l . ':' . c . ': no syntax group for ' . string(text[c - 1 : c + 10]))
        break
      endif
    endfor
  endfor
endfor
call add(out, len(files) . ' files, ' . len(out) . ' problems')
call writefile(out, $OUT)
qa!
