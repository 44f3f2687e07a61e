#!/bin/sh
# osce-split against corpus/gold/split/ (see split_eval.cpp).
# usage: osce-split.sh BIN_DIR
exec "$1/osce_split_eval" corpus
