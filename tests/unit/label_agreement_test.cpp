// Label agreement: the counts behind make eval and osce-tag --evaluate.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "osce/label_agreement.hpp"
#include "osce/record.hpp"
#include "osce/tag_evaluation.hpp"


TEST_CASE("agreement: true and false positives and negatives, per label and over all", "[eval]") {
  osce::LabelAgreement a;
  a.add({"A", "B"}, {"A", "C"});  // A right, C wrong, B missed
  a.add({"A"}, {"A"});
  a.add({}, {});                  // nothing to be right or wrong about
  CHECK(a.items() == 3);
  CHECK(a.micro().tp == 2);
  CHECK(a.micro().fp == 1);
  CHECK(a.micro().fn == 1);
  CHECK(a.micro().precision() == Approx(2.0 / 3));
  CHECK(a.micro().f1() == Approx(2.0 / 3));
  REQUIRE(a.by_label().size() == 3);
  CHECK(a.by_label().at("A").f1() == Approx(1));
  CHECK(a.by_label().at("B").recall() == Approx(0));
  CHECK(a.by_label().at("C").precision() == Approx(0));
  // Macro: the mean of A 1, B 0 and C 0.
  CHECK(a.macro_f1() == Approx(1.0 / 3));
  const std::string table = osce::agreement_table("fields", a, true);
  CHECK(table.rfind("fields ", 0) == 0);
  CHECK(table.find("micro P 0.667 R 0.667 F1 0.667 | macro F1 0.333") != std::string::npos);
  CHECK(table.find("    B ") != std::string::npos);
  CHECK(osce::agreement_table("fields", a, false).find("    A") == std::string::npos);
}

TEST_CASE("agreement: an empty tally has nothing wrong and no macro F1", "[eval]") {
  osce::LabelAgreement a;
  CHECK(a.micro().precision() == 1);
  CHECK(a.micro().recall() == 1);
  CHECK(a.macro_f1() == 0);
}

TEST_CASE("tag evaluation: listed fields mapped to canonical names, others counted apart", "[eval]") {
  osce::TagEvaluation ev(osce::Taxonomy::builtin());
  osce::RecordParser parser;
  osce::Record rec;
  REQUIRE(parser.parse(R"({"id":"a","text":"","listed_fields":["Counter-terrorism","Climate change","Policing"]})", rec).empty());
  osce::TagResult got;
  got.fields = {"Countering terrorism", "Youth"};
  ev.add(rec, got);
  REQUIRE(parser.parse(R"({"id":"b","text":"","listed_fields":["Climate change"]})", rec).empty());
  ev.add(rec, got);
  REQUIRE(parser.parse(R"({"id":"c","text":""})", rec).empty());
  ev.add(rec, got);
  const std::string report = ev.report();
  CHECK(report.rfind("1 records scored against their listed_fields, 2 listing none", 0) == 0);
  CHECK(report.find("micro P 0.500 R 0.500 F1 0.500") != std::string::npos);
  CHECK(report.find("    Countering terrorism ") != std::string::npos);
  CHECK(report.find("(tp 0 fp 1 fn 0)") != std::string::npos);  // Youth
  CHECK(report.find("    Climate change (2)\n") != std::string::npos);
}

TEST_CASE("tag evaluation: with no labelled record there is no table to read as perfect", "[eval]") {
  osce::TagEvaluation ev(osce::Taxonomy::builtin());
  osce::RecordParser parser;
  osce::Record rec;
  REQUIRE(parser.parse(R"({"id":"a","text":"A page.","listed_fields":["Climate change"]})", rec).empty());
  ev.add(rec, osce::TagResult{});
  const std::string report = ev.report();
  CHECK(report.find("0 records scored") == 0);
  CHECK(report.find("nothing to score") != std::string::npos);
  CHECK(report.find("micro P") == std::string::npos);
  CHECK(report.find("    Climate change (1)\n") != std::string::npos);
}
