#!/bin/sh
# osce-tag against corpus/gold/tag/ (see tag_eval.cpp).
# usage: osce-tag.sh BIN_DIR
exec "$1/osce_tag_eval" corpus
