// The marks of a document copied whole, and osce-split's reading of a page
// that bears one: a PC decision whose attachments shift in names and words,
// which osce-split cuts into three without its marks.
#include <catch2/catch.hpp>

#include <string>

#include "osce/document_marks.hpp"
#include "osce/split.hpp"

using osce::DocumentMark;

TEST_CASE("document marks: symbols, distribution lines, contents, page numbers", "[document]") {
  auto [line, mark] = GENERATE(table<std::string, DocumentMark>({
      {"PC.JOUR/1296 Organization for Security and Co-operation in Europe 17 December 2020", DocumentMark::kSymbol},
      {"SEC.GAL/116/19/Rev.1", DocumentMark::kSymbol},
      {"  MC.DOC/1/20", DocumentMark::kSymbol},
      {"ENGLISH only", DocumentMark::kDistribution},
      {"Original: RUSSIAN", DocumentMark::kDistribution},
      {"Permanent Council Original: ENGLISH", DocumentMark::kDistribution},
      {"TABLE OF CONTENTS", DocumentMark::kContents},
      {"2 TABLE OF CONTENTS I. INTRODUCTION... 1", DocumentMark::kContents},
      {"Table of contents", DocumentMark::kContents},
      {"Page 2", DocumentMark::kPageNumber},
      {"Page 12: Survey of Field Operations", DocumentMark::kPageNumber},
      {"Page 3 of 9", DocumentMark::kPageNumber},
      {"- 2 -", DocumentMark::kPageNumber},
      // Prose and the site's own lines that look like them.
      {"OSCE/ODIHR Election Observation Mission", DocumentMark::kNone},
      {"U.S./Russia talks", DocumentMark::kNone},
      {"P.S./2 is no symbol", DocumentMark::kNone},
      {"The report is available in ENGLISH only", DocumentMark::kDistribution},
      {"The report is available in English only", DocumentMark::kNone},
      {"Original: ENGLISHMAN", DocumentMark::kNone},
      {"Original: ENGLISH and RUSSIAN", DocumentMark::kNone},
      {"Page two of the report", DocumentMark::kNone},
      {"Pages 2-3", DocumentMark::kNone},
      {"- 2 - and more", DocumentMark::kNone},
      {"Table of the results", DocumentMark::kNone},
      {"12 TABLES", DocumentMark::kNone},
  }));
  CAPTURE(line);
  CHECK(osce::document_mark(line) == mark);
}

TEST_CASE("document evidence: a mark at the head, or page numbers twice", "[document]") {
  osce::DocumentEvidence head;
  head.add("PC.DEC/1999");
  CHECK(head.is_document());

  osce::DocumentEvidence deep;  // a symbol quoted deep in a page of news
  for (size_t k = 0; k < osce::DocumentEvidence::kHeadLines; ++k) deep.add("The Mission met the Ombudsman.");
  deep.add("PC.DEL/1234/20");
  CHECK_FALSE(deep.is_document());
  deep.add("Page 2");
  CHECK_FALSE(deep.is_document());
  deep.add("- 3 -");
  CHECK(deep.is_document());
}

TEST_CASE("split: a page that bears a document's marks is one item", "[split][document]") {
  const std::string body =
      "1501st Plenary Meeting\nPC Journal No. 1501, Agenda item 4\n\nDECISION No. 1999\n"
      "EXTENSION OF THE MANDATE OF THE OSCE MISSION TO MOLDOVA\n\nThe Permanent Council,\n\n"
      "Decides to extend the mandate of the OSCE Mission to Moldova until 31 December 2027.\n\nAttachment 1\n\n"
      "INTERPRETATIVE STATEMENT UNDER PARAGRAPH IV.1(A)6 OF THE RULES OF PROCEDURE\n\nBy the delegation of "
      "Canada:\n\nCanada joins the consensus on the extension of the mandate and thanks the Head of Mission for her "
      "work in Chisinau and in Tiraspol.\n\nAttachment 2\n\nINTERPRETATIVE STATEMENT UNDER PARAGRAPH IV.1(A)6 OF "
      "THE RULES OF PROCEDURE\n\nBy the delegation of Norway:\n\nNorway supports the work of the Mission on the "
      "Transdniestrian settlement process, on gender equality and on the fight against trafficking in human "
      "beings.\n\nNorway requests that this statement be attached to the decision and included in the journal of "
      "the day.\n";
  const osce::SplitOptions opt;
  REQUIRE(osce::segment(body, opt).items.size() > 1);  // the cues the marks overrule
  const std::string marked = GENERATE(as<std::string>{}, "PC.DEC/1999\n12 March 2026\n\n", "Original: ENGLISH\n\n",
                                      "TABLE OF CONTENTS\n\n");
  CAPTURE(marked);
  CHECK(osce::segment(marked + body, opt).items.size() == 1);
  // A separator line, which someone put there, still parts two documents.
  CHECK(osce::segment(marked + body + "\n* * *\n\n" + body, opt).items.size() == 2);
}

TEST_CASE("split: a document begins at its head, under the news a page runs over it", "[split][document]") {
  // (A feed's pages one after another: a release, then a report copied whole,
  // its table of contents under its title lines.)
  const std::string news =
      "OSCE Centre opens a training course for customs officers\n\n"
      "BISHKEK, 14 May 2024 - A two-week course on risk analysis for customs officers opened today at the "
      "Customs Academy, organized by the OSCE Centre with the State Customs Service.\n\n"
      "Thirty officers from the border posts of the Chui and Osh provinces take part in the course.\n\n";
  const std::string report =
      "REPUBLIC OF MOLDOVA\nPARLIAMENTARY ELECTIONS 2026\n\nNEEDS ASSESSMENT MISSION REPORT\n\n"
      "TABLE OF CONTENTS\n\nI. INTRODUCTION\n\nII. EXECUTIVE SUMMARY\n\nI. INTRODUCTION\n\n"
      "The Office undertook a needs assessment mission to the Republic of Moldova from 20 to 22 January 2026.\n\n"
      "CHISINAU, 22 January 2026 - The mission met the Central Election Commission and political parties.\n";
  const osce::SplitOptions opt;
  const std::string page = news + report;
  const auto items = osce::segment(page, opt).items;
  REQUIRE(items.size() == 2);
  CHECK(std::string_view(page).substr(items[1].begin).starts_with("REPUBLIC OF MOLDOVA"));
  // The report alone is one item, its dateline within it.
  CHECK(osce::segment(report, opt).items.size() == 1);
  // A release under it, its headline over its dateline, ends the report.
  const std::string release =
      "\nMedia freedom representative condemns attack on journalist\n\n"
      "VIENNA, 13 August 2026 - The OSCE Representative on Freedom of the Media today condemned a physical attack "
      "against a journalist in the capital.\n";
  const std::string feed = page + release;
  const auto three = osce::segment(feed, opt).items;
  REQUIRE(three.size() == 3);
  CHECK(std::string_view(feed).substr(three[2].begin).starts_with("Media freedom representative"));
}
