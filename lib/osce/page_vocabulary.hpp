// The words osce.org pages use for their furniture: page types ("News
// Item"), the labels of the metadata block ("Issued by:"), and chrome lines
// ("Skip Links", breadcrumbs). This is knowledge of the site's template, not
// of any page's content; osce-strip removes by it and osce-check reports by
// it, so both read it from here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace osce {

// The record field a metadata label fills.
enum class MetaField { kType, kTitle, kDate, kPlace, kIssuedBy, kListedFields };

struct MetaLabel {
  MetaField field;
  std::string_view value;  // text after the colon on the same line, trimmed; may be empty
};

// A page-level metadata label line: "- Issued by:", "Date: 4 May 2018",
// "Fields of work:". Also reads the "Type:" and "Title:" keys of the header
// that osce-strip's text mode writes, so stripping its output again changes
// nothing. Listing labels ("Publishing date:", "Where we are:") are not
// page metadata: osce-split reads them per item.
std::optional<MetaLabel> metadata_label(std::string_view line);

// A label of an item's block on a listing page: "Publishing date:" (date),
// "Content type:" (type), "Where we are:" (issued_by), "What we do:"
// (listed_fields), with or without a leading "- ".
std::optional<MetaLabel> listing_label(std::string_view line);

// A line in the shape of a label, known or not: a capitalized key of a word
// or two, a colon, a value of a few words ("Collections: Roma and Sinti
// genocide"). The site adds such keys over the years.
constexpr size_t kLabelKeyWords = 2, kLabelValueWords = 12;
bool label_shaped(std::string_view line);

// A line that names where an article comes from or who wrote it, as news
// sites print it between the headline and the lead: "Source: N1, Beta",
// "Source/Author: Beta/N1", "Author: UNIAN", "Izvor: Tanjug", "By Jane Doe"
// ("by Jane Doe" as blogs print it),
// an aggregator's source in brackets before it or not ("(MENAFN- AzerNews)
// By Trend"); and whose photo it prints ("Source/Photo: N1", "Photo: OSCE").
bool byline(std::string_view line);

// A byline that names the text's source, not its author: "Source:
// Turkmenistan.ru", "Izvor: Tanjug", "Quelle: APA". Under a text's last
// sentence it credits that text; a site prints its author over the text.
bool credits_a_source(std::string_view line);

// Every key that labels `field`, of the page's metadata and of listings
// alike ("Fields of work", "What we do" for kListedFields).
std::vector<std::string_view> label_keys(MetaField field);

// A date's key alone on its line, its date lost in the scrape: "Posted on",
// "Published:", "Date" (any of label_keys(MetaField::kDate), ASCII case
// folded, a colon after it or not).
bool date_key_alone(std::string_view trimmed_line);

// The names of a value that lists several, as the site writes them on one
// line: "OSCE Secretariat, ODIHR" or "Elections; Human rights", trimmed, the
// empty ones dropped. No name of a field of work or of a structure has a
// comma or a semicolon in it.
std::vector<std::string_view> split_values(std::string_view value);

// The label osce-strip's text mode writes for `field` ("Issued by").
std::string_view label_name(MetaField field);

// True for a page type as the site names it: "News Item", "Press release", ...
bool is_page_type(std::string_view trimmed_line);

// True for the name of a section of the site alone, as breadcrumbs start
// with it ("Newsroom", "Publications", "Home"), or as a page type names the
// section of its pages ("Press releases", "Statements", "Speeches").
bool is_site_section(std::string_view trimmed_line);

// True for the label of an office's page about itself, or of its page on
// what it does: "About us", "Our work", "Who we are" (the tabs of osce.org's
// field offices, as of most organizations' sites), in any case.
bool is_about_page_label(std::string_view trimmed_line);

// True for the label of a section of an office's page about itself:
// "Overview", "Figures", "Offices", "Staff", "Budget", "Leadership",
// "History and mandate" (osce.org's field offices), and the "Mandate" and
// "Tasks" of their older pages and surveys, in any case.
bool is_office_page_section(std::string_view trimmed_line);

// True for page chrome: skip links, share and print buttons, breadcrumbs
// ("Newsroom / News and press releases / ..."), copyright lines, a paged
// listing's number, count and pager ("Page 2 of 12", "OSCE - Page 4",
// "Displaying 1 - 10 of 752", "Next page").
bool is_chrome_line(std::string_view trimmed_line);

// Its first test, inline, in a few instructions: every line of a page is
// asked (a test of fifty instructions cost osce-strip 2.5%), and it lets
// through one in forty. A count (and a bare picture) has a ')' last, or a
// digit first, or third or fifth after a list mark ("- 12 views", "• 25307
// ..."); a related page's link a colon where a heading of them ends, its
// ninth to sixteenth byte ("SEE ALSO:", "READ MORE:", "Related news:"), or
// its 26th ("Читайте также:", "Читайте також:").
inline bool might_be_count_or_related_link(std::string_view line) {
  const size_t size = line.size();
  if (size < 5) return false;
  const auto first = static_cast<unsigned char>(line[0]);
  auto digit = [](char c) { return static_cast<unsigned char>(c - '0') <= 9; };
  if (line.back() == ')' || digit(line[0]) || (first == '-' && digit(line[2])) || (first == 0xE2 && digit(line[4]))) {
    return true;
  }
  if (size < 17) return false;
  uint64_t window;
  std::memcpy(&window, line.data() + 8, sizeof window);
  const uint64_t x = window ^ 0x3A3A3A3A3A3A3A3Aull;  // its ':' bytes are 0
  constexpr size_t kCyrillicColon = 25;
  return ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull) != 0 ||
         (size > kCyrillicColon + 1 && line[kCyrillicColon] == ':');
}
// The rest of the test, for the lines the first lets through.
bool count_or_related_link(std::string_view trimmed_line);

// A picture with no words, as a scrape to Markdown prints it on a line of
// its own: "![](https://.../423230.jpg?1560769852)", linked or not
// ("[![](...)](...)"). (One with its alternative text, "![Participants of
// the course](...)", may say what a caption does: it is no chrome.)
bool is_bare_image(std::string_view trimmed_line);

// Chrome too, apart from is_chrome_line (whose every test costs every
// line of a menu): a count of views or comments ("• 25307 переглядiв",
// "Comments (0)") or of a search's results ("67 entries found"), a related
// page's link ("READ MORE: ...", see is_related_link), or a picture with no
// words (is_bare_image, which ends in a bracket as a count of comments does).
inline bool is_count_or_related_link(std::string_view trimmed_line) {
  return might_be_count_or_related_link(trimmed_line) && count_or_related_link(trimmed_line);
}

// A web address's last part alone on a line, as a page's slug is scraped
// over its headline: "malta-is-ready-to-assume-the-osce-chairmanship-next-year".
// Small letters and digits, three hyphens or more, no blank. (Chrome among
// a page's first lines.)
bool is_url_slug(std::string_view trimmed_line);

// A line of the names of a site's icons, scraped with its page: "icon
// bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon ...".
// Twelve words or more in small letters, no capital, no stop, no comma, and
// none of the words that link others ("the", "and", "of"): no sentence and
// no title is written so. (Chrome among a page's first lines.)
bool is_icon_names(std::string_view trimmed_line);

// True for a heading over links to other pages: "Related news", "Read
// also", "Latest headlines", a colon after it or not (ASCII case ignored).
// Such a heading is chrome too.
bool is_related_heading(std::string_view trimmed_line);

// True for "Disclaimer" or "Legal Disclaimer", a colon after it or not: a
// wire service's heading over the words it prints under every release it
// carries ("... provides this news content \"as is\" without warranty").
// Chrome, and so is what stands under it at the page's foot.
bool is_disclaimer_heading(std::string_view trimmed_line);

// True for "You just read:", the heading of a wire's foot under the release
// it carries (EIN Presswire's: the title again, "Distribution channels:
// ...", its policy on sources), chrome to the page's end.
bool is_wire_foot_heading(std::string_view trimmed_line);

// True for such a heading, or "Read more", with another page's title after
// its colon on the same line: "READ MORE: ...", "See also: ...". Chrome too.
bool is_related_link(std::string_view trimmed_line);

// A site's cookie banner: a line that names cookies and asks consent ("This
// website uses cookies ... you agree to our use of cookies."), or a short
// one that names them. Banners stand at a page's top or bottom, and only
// there is a line asked: an article may name cookies.
bool is_cookie_notice(std::string_view trimmed_line);

// A paywall's prompt to log in, as a page's last line prints it: "Already a
// member? Login here", "Already a subscriber? Sign in", "Already have an
// account? Log in": a question that opens "Already", then the login.
bool is_login_prompt(std::string_view trimmed_line);

// A site's call to follow it, as a page's last lines print it: "Telegram
// Subscribe to our Telegram channel and be the first to know the news!",
// "Follow us on Facebook", "Подписывайтесь на наш канал": the call in the
// line's first bytes, thirty words at most, no full stop or quote at its
// end; asked of a page's last line only (an article may report that a
// ministry asked people to subscribe to its channel).
bool is_call_to_follow(std::string_view trimmed_line);

// A site's notice on reproducing its articles, as news agencies print it
// at a page's foot: "This information may not be reproduced without
// reference to Kazakhstan Today. ...", "When citing our content a
// hyperlink to this ... website is obligatory.", "... without written
// permission". Forty words at most; asked of a page's last lines only (an
// article may report a court's ruling on reproduction).
bool is_reproduction_notice(std::string_view trimmed_line);

// A news site's exchange rate: a currency's code and a number, "USD 69.34",
// "EUR 85,18"; or its sign and unit and the rate, "$1 – 12482.38"; or its
// code and the day's change, "UZS – 0.56%". Two or more of them over a page
// are its ticker (osce-strip asks only a page's first lines: a budget's
// table may list sums so).
bool is_rate_line(std::string_view trimmed_line);

// The heading over a ticker of exchange rates, "Currency rates from
// 29/08/2025", "Exchange rates": six words at most.
bool is_rates_heading(std::string_view trimmed_line);

// True for a line that is only a time of day, as a news site's clock shows
// it in the header under today's date: "16:43", "16:43 CET", "23: 16:43in
// Kyiv (EET)". A time followed by anything else ("10:00 Opening session")
// is an agenda's, not a clock's.
bool is_clock_line(std::string_view trimmed_line);

// True for the time a news site prints under another story's title in its
// lists: a day named relative to today, a comma and a time, perhaps a count
// of views glued before it ("Yesterday, 18:30", "211Yesterday, 18:30",
// "Сегодня, 09:15"); the time may be cut short ("Yesterday, 17:").
bool is_relative_time_line(std::string_view trimmed_line);

// True for a line that ends with a bullet and a count of views, as a news
// site prints a story's date and reach in its lists ("... to russiaFebruary
// 28 2024, 08:40 PM \u2022 30821 view"): at the page's foot, under the
// article's last sentence, another story's teaser.
bool ends_with_view_count(std::string_view trimmed_line);

// True for a heading of a site's widget, a word to three with a capital
// among them, no digit, and a small letter last ("News Line",
// "Politics", "Fast News Search", "or Log In"): at the page's foot, under
// the article, the widgets whose entries the scrape did not keep.
bool is_widget_heading(std::string_view trimmed_line);

// True for a line of a text-size switcher's buttons, one a line: "XS",
// "SM", "MD", "LG" (three or more at the page's foot are chrome).
bool is_text_size_button(std::string_view trimmed_line);

// A time's zone as pages print it after the time: two to five capitals, in
// brackets or not ("CET", "(EET)", "UTC"). Read by is_clock_line and by the
// date lines that end in a time ("9:37 pm CET").
bool is_time_zone(std::string_view word);

}  // namespace osce
