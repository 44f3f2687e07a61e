#!/bin/sh
# osce-dates against corpus/gold/dates/ (see dates_eval.cpp).
# usage: osce-dates.sh BIN_DIR
exec "$1/osce_dates_eval" corpus
