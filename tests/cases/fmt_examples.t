# Every example policy and test file is in the canonical layout.
$ cadre fmt --check examples/*/*.cadre stdlib/*.cadre stdlib/*/*.cadre
? 0
