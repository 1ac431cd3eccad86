" cadre policy files
autocmd BufRead,BufNewFile *.cadre setfiletype cadre
