#include "osce/page_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <deque>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "osce/date_parse.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

constexpr auto kLabels = std::to_array<std::pair<std::string_view, MetaField>>({
    {"Type", MetaField::kType},
    {"Title", MetaField::kTitle},
    {"Issued on", MetaField::kDate},
    {"Date", MetaField::kDate},
    {"Published", MetaField::kDate},
    // (A news site's and a ministry's: "Published on: 30 September 2021".)
    {"Published on", MetaField::kDate},
    {"Posted on", MetaField::kDate},
    // (A ministry's English pages: "Publication date 25.8.2025 9.15 | Published in English on ...".)
    {"Publication date", MetaField::kDate},
    {"\xD0\x94\xD0\xB0\xD1\x82\xD0\xB0", MetaField::kDate},  // Дата, Russian and Ukrainian
    {"Place", MetaField::kPlace},
    {"Location", MetaField::kPlace},
    {"Locations", MetaField::kPlace},
    {"Issued by", MetaField::kIssuedBy},
    {"Source", MetaField::kIssuedBy},
    // (An event page's organizer: "Organized by:" under its "Location:".)
    {"Organized by", MetaField::kIssuedBy},
    {"Organised by", MetaField::kIssuedBy},
    {"Fields of work", MetaField::kListedFields},
    {"Field of work", MetaField::kListedFields},
    {"Topics", MetaField::kListedFields},
});

// (The Special Monitoring Mission's list of reports writes "Report type:"
// where the newsroom writes "Content type:".)
constexpr std::array<std::pair<std::string_view, MetaField>, 6> kListingLabels{{
    {"Publishing date", MetaField::kDate},
    {"Content type", MetaField::kType},
    {"Report type", MetaField::kType},
    {"Document type", MetaField::kType},
    {"Where we are", MetaField::kIssuedBy},
    {"What we do", MetaField::kListedFields},
}};

// (The lists' sizes are deduced: a phrase added needs no count changed by hand.)
constexpr auto kPageTypes = std::to_array<std::string_view>({
    "News Item", "News item", "Press release", "Press Release", "News", "Feature", "Story",
    "Statement", "Speech", "Op-ed", "Interview", "Report", "Publication", "Document",
    "Event", "Announcement", "Blog", "Blog post", "Video", "Photo gallery", "Fact sheet",
    "Factsheet", "Vacancy", "Media advisory"});

// Compared with case ignored, Latin's and Cyrillic's: sites write their
// headings "Related Stories", "RELATED NEWS", "ОСТАННЄ" as their style has it.
constexpr auto kChromeLines = std::to_array<std::string_view>({
    "Skip Links", "Skip to main content", "Skip to content", "Skip navigation", "Skip to navigation",
    "Skip to main navigation", "Jump to navigation", "Jump to content", "Jump to main content", "Start of page",
    // Radio Free Europe's sites' skip links' heading, in English, Romanian and Russian.
    "Accessibility links", "Linkuri accesibilitate",
    "\xD0\xA1\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xB8 \xD0\xB4\xD0\xBB\xD1\x8F "
    "\xD1\x83\xD0\xBF\xD1\x80\xD0\xBE\xD1\x89\xD0\xB5\xD0\xBD\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE "
    "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xB0",  // Ссылки для упрощенного доступа
    // The skip links of the participating States' government sites, which
    // publish their statements to the Organization (Icelandic, Norwegian,
    // Swedish, Danish, Finnish, German, French, Dutch).
    "Hoppa yfir valmynd", "Hopp til hovedinnhold", "Hoppa till huvudinneh\xC3\xA5ll", "Spring til indhold",
    "G\xC3\xA5 til indhold", "Siirry sis\xC3\xA4lt\xC3\xB6\xC3\xB6n", "Zum Inhalt springen", "Direkt zum Inhalt",
    "Aller au contenu", "Aller au contenu principal", "Passer au contenu principal", "Naar hoofdinhoud",
    "Ga naar de inhoud", "Direct naar de inhoud",
    "Show navigation", "Hide navigation", "Toggle navigation menu", "Toggle navigation menu.", "Toggle menu",
    "Back to top", "Top", "Menu", "Main menu", "Search", "Close", "Share", "Save",
    "Share this", "Share this:", "Share this page", "Print", "Print this page", "Print page", "Tweet",
    "Follow us", "Subscribe", "Subscribe to our newsletter", "Read more", "Read more...", "More info", "More info...",
    "Toggle navigation", "Cookie settings", "Accept cookies", "Accept all cookies", "Accept", "Accept all",
    "Reject all", "Decline", "I agree", "I accept", "Got it", "Sitemap", "You are here", "You are here:",
    "Next page", "Previous page", "Pages", "Load more", "Learn more", "Exit mobile version", "Read More \xC2\xBB", "Read More\xC2\xBB",
    "Back to top button", "Read full story", "News Search", "Go to Top", "Scroll to top",
    // A wire's foot under the release it carries (EIN Presswire's: the title
    // again, its channels, its policy; see is_wire_foot_heading).
    "You just read", "You just read:",
    "Recent Posts", "Attachments", "Attachment", "Download", "Download PDF", "Downloads", "Loading...",
    "Loading\xE2\x80\xA6", "OK", "Back to list", "Back to news", "Print version", "Share this article",
    "Share this story", "Share on Facebook", "Share on Twitter", "Follow us on social networks",
    "Advertisement", "AD",
    // A share button alone on its line, under the headline or the text: the
    // network's name and nothing else.
    "Facebook", "Twitter", "LinkedIn", "WhatsApp", "Telegram", "Instagram", "Pinterest", "Reddit",
    // A Wix site's anchors at the page's ends, and the link under its "Recent Posts".
    "Top of page", "Bottom of page", "See All",
    "Read More \xE2\x86\x92", "Read more \xE2\x86\x92",  // "Read More →"
    // A blog's archive headings over its posts, and its comment form under
    // the post (WordPress's words).
    "Tag Archive", "Tag Archives", "Category Archives", "Leave a review",
    "Leave a Reply", "Leave a Comment", "Be the first to comment", "Post Comment",
    "What is your opinion?", "What do you think?",
    "Cancel reply", "Your email address will not be published.", "Your email address will not be published",
    "Required fields are marked *", "You must be logged in to post a comment.",
    "Your email address will not be published. Required fields are marked *",
    // The Akismet plugin's notice under the comment form.
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    // The Newspaper theme's comment form (WordPress news sites).
    "Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!",
    "Please enter your email address here",
    // A comment section's heading, in the languages of the sites that copy the OSCE's news.
    "Comments", "Commentaires", "Kommentare", "Commenti", "Comentarios",
    // WordPress's comment link in those languages (Romanian, French, Italian,
    // Spanish, German, Bosnian, Croatian and Serbian).
    "Las\xC4\x83 un comentariu", "Laisser un commentaire", "Lascia un commento", "Deja un comentario",
    "Hinterlasse einen Kommentar", "Ostavite komentar",
    // The Facebook pixel's tag, which WordPress plugins leave as a line of
    // its own at a page's top.
    "fbpx",
    // Disqus's, under a post.
    "comments powered by Disqus", "Please enable JavaScript to view the comments powered by Disqus.",
    // Russian and Ukrainian sites' buttons and headings (matched as written:
    // the case folding is ASCII's).
    "Поделиться", "Поделиться:", "Поделиться в:", "Комментарии", "Оставить комментарий",
    "Добавить комментарий", "Читать далее", "Подробнее", "Версия для печати", "Поширити", "Коментарі",
    "Читати далі", "Детальніше", "Все новости", "Всі новини", "Реклама", "Показать еще", "Показати ще"});

// Headings over other pages' titles, as news sites print them under an
// article: chrome, and so are the titles under them at the page's foot.
constexpr auto kRelatedHeadings = std::to_array<std::string_view>({
    "Related content", "Related news", "Related stories", "Related articles", "Related posts",
    "More related articles", "Read also", "Also read", "See also", "More news", "More stories", "Other news",
    "Latest news", "Latest headlines", "Top stories", "Most read", "Most popular", "Popular posts",
    "You may also like", "You might also like", "Check also", "More headlines", "Most viewed", "A lire aussi",
    "\xC3\x80 lire aussi", "Lire aussi", "Mehr zum Thema",
    "Читайте также", "Похожие новости", "Другие новости", "Последние новости", "Популярные новости",
    "Читайте також", "Інші новини", "Останні новини", "Останнє", "Популярні новини", "Popular", "Популярное",
    "Еще по теме", "Ще за темою",
    "Популярне", "Популярні новини зараз", "Популярные новости сейчас", "Гарячі новини", "Горячие новости",
    "Hot news",
    // Romanian's (with the comma below and the older cedilla), Bosnian,
    // Croatian and Serbian's, in Latin and Cyrillic letters.
    "\xC8\x98tiri similare", "\xC5\x9Etiri similare", "Articole similare", "Cite\xC8\x99te \xC8\x99i",
    "Cite\xC5\x9Fte \xC5\x9Fi", "Vezi \xC8\x99i", "Vezi \xC5\x9Fi", "Povezane vijesti", "Povezane vesti",
    "Sli\xC4\x8Dne vijesti", "Sli\xC4\x8Dne vesti", "Pro\xC4\x8Ditajte jo\xC5\xA1",
    "\xD0\x9F\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xB7\xD0\xB0\xD0\xBD\xD0\xB5 \xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8"});

// A wire's headings over the disclaimer it prints under every release it
// carries: chrome, with a colon or not, and what stands under them at the
// page's foot (see is_disclaimer_heading).
constexpr auto kDisclaimerHeadings = std::to_array<std::string_view>({"Disclaimer", "Legal Disclaimer"});

constexpr size_t kLongestChromeLine = [] {
  size_t longest = 0;
  for (std::string_view c : kChromeLines) longest = c.size() > longest ? c.size() : longest;
  for (std::string_view c : kRelatedHeadings) longest = c.size() > longest ? c.size() : longest;
  for (std::string_view c : kDisclaimerHeadings) longest = c.size() > longest ? c.size() : longest;
  return longest;
}();

// Breadcrumbs start at a section of the site; their parts are short names.
constexpr std::array<std::string_view, 8> kBreadcrumbRoots{
    "Home", "Newsroom", "Our work", "Resources", "Documents", "Publications", "About us", "OSCE"};

// A breadcrumb starts at a section of the site (see below), or after "You
// are here:", and nearly no other line does: every line of every page is
// asked its first byte, inline, before the call.
constexpr auto kRootFirstBytes = [] {
  std::array<bool, 256> first{};
  for (std::string_view root : kBreadcrumbRoots) first[static_cast<unsigned char>(root[0])] = true;
  first['Y'] = true;
  return first;
}();
inline bool might_be_breadcrumb(std::string_view line) {
  return line.size() >= 5 && line.size() <= 400 && kRootFirstBytes[static_cast<unsigned char>(line[0])];
}

[[gnu::noinline]] bool is_breadcrumb(std::string_view line) {
  auto opens_with = [&](std::string_view prefix) { return line[0] == prefix[0] && line.starts_with(prefix); };
  constexpr std::string_view kYouAreHere = "You are here:";
  if (opens_with(kYouAreHere)) line = trim(line.substr(kYouAreHere.size()));
  if (line.empty() || line[0] == 'Y' || !kRootFirstBytes[static_cast<unsigned char>(line[0])]) return false;
  const auto section = std::find_if(kBreadcrumbRoots.begin(), kBreadcrumbRoots.end(), opens_with);
  if (section == kBreadcrumbRoots.end()) return false;
  // The separator follows the root: "OSCE / ...", "Home » ..." (a sentence
  // that opens with "OSCE" goes no further).
  std::string_view after_root = line.substr(section->size());
  while (!after_root.empty() && after_root[0] == ' ') after_root.remove_prefix(1);
  std::string_view separator;
  for (std::string_view s : {" / ", " > ", " \xC2\xBB ", " \xE2\x80\xBA "}) {
    if (after_root.starts_with(s.substr(1, s.size() - 2))) {
      separator = s;
      break;
    }
  }
  if (separator.empty() || line.find(separator) == std::string_view::npos) return false;
  size_t parts = 0, start = 0;
  std::string_view first;
  for (;;) {
    size_t sep = line.find(separator, start);
    std::string_view part = trim(line.substr(start, sep == std::string_view::npos ? sep : sep - start));
    // A part is a short name; the last, after two or more, may be the page's
    // own title ("Home » ... » PA President and SG welcome appointments of top
    // four posts at the OSCE, urge ..."), where the arrows say it is a path
    // (" / " parts places in a sentence too: "Vienna / Warsaw").
    const bool title_at_end = sep == std::string_view::npos && parts >= 2 && separator != " / ";
    if (part.empty() || word_count(part, 40) > (title_at_end ? 40 : 8)) return false;
    const char last = part.back();
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') return false;
    if (parts == 0) first = part;
    ++parts;
    if (sep == std::string_view::npos) break;
    start = sep + separator.size();
  }
  if (parts < 2) return false;
  // Only a root that names a section of the site: "Vienna / Warsaw / The
  // Hague" has the same shape and is content.
  for (std::string_view root : kBreadcrumbRoots) {
    if (first == root) return true;
  }
  return false;
}

// "- Key: value" or "Key:": the key (up to 20 bytes) and the trimmed value.
std::optional<std::pair<std::string_view, std::string_view>> key_and_value(std::string_view line) {
  std::string_view s = trim(line);
  if (s.substr(0, 2) == "- ") s = trim(s.substr(2));
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20) return std::nullopt;
  return std::pair{s.substr(0, colon), trim(s.substr(colon + 1))};
}

// A label line with a key from `labels` (ASCII case ignored).
template <size_t N>
std::optional<MetaLabel> label_of(std::string_view line,
                                  const std::array<std::pair<std::string_view, MetaField>, N>& labels) {
  const auto kv = key_and_value(line);
  if (!kv) return std::nullopt;
  for (const auto& [name, field] : labels) {
    if (ascii_iequal(kv->first, name)) return MetaLabel{field, kv->second};
  }
  return std::nullopt;
}

// A site's offer of the text in its other languages, under the article or
// over it: "This text available in Հայերեն and Русский", "This article is
// also available in: Русский", "Also available in", "Available in:". The
// languages follow, named in their own scripts: a few words, no sentence.
[[gnu::noinline]] bool is_language_offer_past_its_bytes(std::string_view line) {
  constexpr size_t kOfferWords = 10;
  if (line.back() == '.') return false;
  std::string_view rest = line;
  if (line[0] == 'T') {
    if (line[1] != 'h' || line[2] != 'i' || line[3] != 's' || line[4] != ' ') return false;
    // One word for what is offered ("text", "article", "page", "story"),
    // then "is" or not, "also" or not.
    rest.remove_prefix(5);
    const size_t noun = rest.find(' ');
    if (noun == std::string_view::npos) return false;
    rest.remove_prefix(noun + 1);
    if (rest.starts_with("is ")) rest.remove_prefix(3);
    if (rest.starts_with("also ")) rest.remove_prefix(5);
  } else if (line[0] == 'A') {
    if (rest.starts_with("Available in:")) return word_count(line, kOfferWords + 1) <= kOfferWords;
    if (!rest.starts_with("Also ")) return false;
    rest.remove_prefix(5);
  } else {
    return false;
  }
  return rest.starts_with("available in") && word_count(line, kOfferWords + 1) <= kOfferWords;
}
// (Every line of 12 to 160 bytes is asked, many of them "The ...": its size
// and first byte inline, the rest out of line.)
bool is_language_offer(std::string_view line) {
  constexpr size_t kShortestOffer = 12, kLongestOffer = 160;
  return line.size() >= kShortestOffer && line.size() <= kLongestOffer && (line[0] == 'T' || line[0] == 'A') &&
         is_language_offer_past_its_bytes(line);
}

// A feed aggregator's notes over its items: "Subscribe to OSCE feed",
// "Updated: 2 months 1 day ago". (A dated "Updated: 12 July 2023" is the
// page's metadata, and no note.)
bool is_feed_note(std::string_view line) {
  constexpr size_t kLongestNote = 120;
  if (line.size() > kLongestNote || line.empty()) return false;
  if (line[0] != 'S' && line[0] != 'U' && line[0] != 'L' && line[0] != 'T') return false;
  // A wire's count over its releases: "There were 1,626 press releases
  // posted in the last 24 hours and 392,765 in the last 365 days."
  if (line[0] == 'T') {
    constexpr std::string_view kPosted = " press releases posted in the last ";
    return line.starts_with("There were ") && line.find(kPosted) != std::string_view::npos;
  }
  if (line.size() > 60) return false;
  if (line.starts_with("Subscribe to ")) return line.back() != '.' && word_count(line, 7) <= 6;
  return (line.starts_with("Updated: ") || line.starts_with("Last updated: ")) && line.ends_with(" ago");
}

}  // namespace

std::optional<MetaLabel> metadata_label(std::string_view line) { return label_of(line, kLabels); }

std::optional<MetaLabel> listing_label(std::string_view line) { return label_of(line, kListingLabels); }

bool label_shaped(std::string_view line) {
  const auto kv = key_and_value(line);
  if (!kv || !std::isupper(static_cast<unsigned char>(kv->first[0]))) return false;
  return word_count(kv->first, kLabelKeyWords + 1) <= kLabelKeyWords &&
         word_count(kv->second, kLabelValueWords + 1) <= kLabelValueWords;
}

namespace {

// A place of one to three capitalized words, a date after it or not:
// "Skopje", "Skopje December 3, 2023", "New York 3 May 2001".
bool place_and_date(std::string_view t) {
  constexpr size_t kPlaceWords = 3, kDateWords = 3;
  size_t place = 0, date = 0;
  for (std::string_view rest = t; !rest.empty();) {
    const size_t space = std::min(rest.find(' '), rest.size());
    std::string_view w = rest.substr(0, space);
    rest.remove_prefix(std::min(space + 1, rest.size()));
    if (w.ends_with(',')) w.remove_suffix(1);
    if (w.empty()) continue;
    const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits || month_number(w) != 0) {
      if (place == 0 || ++date > kDateWords) return false;
    } else if (date != 0 || !starts_capitalized(w) || ++place > kPlaceWords) {
      return false;
    }
  }
  return place != 0;
}

// A byline's keys before its colon. Those that name the text's source
// (Serbian, Croatian, Bosnian "Izvor"; German "Quelle"; Russian "Источник",
// Ukrainian "Джерело"), then those that name its author or its photo's
// (Russian and Ukrainian "Автор").
constexpr auto kSourceKeys = std::to_array<std::string_view>(
    {"Source", "Sources", "Izvor", "Quelle", "\xD0\x98\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA",
     "\xD0\x94\xD0\xB6\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBB\xD0\xBE"});
constexpr auto kOtherBylineKeys = std::to_array<std::string_view>(
    {"Source/Author", "Source/Photo", "Photo", "Author", "Authors", "Written by", "From", "Via", "Autor", "Autori",
     "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80"});
constexpr size_t kLongestBylineKey = 16;  // bytes: "Источник"

// The key before a line's colon, within a key's length; empty if none.
std::string_view key_before_colon(std::string_view s) {
  const size_t colon = s.substr(0, kLongestBylineKey + 1).find(':');
  return colon == std::string_view::npos ? std::string_view{} : s.substr(0, colon);
}

bool is_one_of(std::span<const std::string_view> keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

bool credits_a_source(std::string_view line) {
  const std::string_view s = trim(line);
  // (Asked of every paragraph under a sentence: the keys' first bytes first.)
  if (s.empty() || (s[0] != 'S' && s[0] != 'I' && s[0] != 'Q' && s[0] != '\xD0')) return false;
  return is_one_of(kSourceKeys, key_before_colon(s)) && byline(s);
}

bool byline(std::string_view line) {
  constexpr size_t kBylineWords = 6;
  // (Asked of many lines, most of them no byline: the key is looked for
  // first, in the line's first bytes.)
  std::string_view s = trim(line);
  if (s.size() < 4) return false;
  // An aggregator's source in brackets may stand before it: "(MENAFN-
  // AzerNews) By Trend".
  constexpr size_t kLongestSource = 40;
  if (s[0] == '(') {
    const size_t close = s.substr(0, kLongestSource).find(") ");
    if (close == std::string_view::npos) return false;
    s.remove_prefix(close + 2);
    if (s.size() < 4) return false;
  }
  switch (s[0]) {  // the keys' first letters
    case 'A': case 'B': case 'F': case 'I': case 'P': case 'Q': case 'S': case 'V': case 'W': case 'b':
      break;
    case '\xD0':  // И, А, Д
      if (s[1] == '\x98' || s[1] == '\x90' || s[1] == '\x94') break;
      return false;
    default:
      return false;
  }
  // (Or the author's key with no colon, as Balkan sites print it: "Autor
  // Dragana Bozic".)
  // (A blog's "by" in small letters too, the names after it capitalized:
  // "by ANKASAM Ekip"; not "by admin".)
  size_t by_bytes = 0;
  if (s.starts_with("By ") || s.starts_with("by ")) {
    by_bytes = 3;
  } else if (s.starts_with("Autor ") || s.starts_with("Author ")) {
    by_bytes = s.find(' ') + 1;
  }
  if (by_bytes != 0) {
    // "By Jane Doe": one to three capitalized words after "By" (an agency
    // signs with its one name: "By Trend"); an agency's name may also follow
    // a dash, with a colon after it ("By Huseyn Hasanov – Trend:", as Trend
    // signs the copies it writes of the OSCE's news).
    std::string_view by = s.substr(by_bytes);
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      const size_t at = by.find(dash);
      if (at == std::string_view::npos) continue;
      std::string_view agency = by.substr(at + dash.size());
      if (agency.ends_with(':')) agency.remove_suffix(1);
      if (agency.empty() || !starts_capitalized(agency) || word_count(agency, 4) > 3) return false;
      by = by.substr(0, at);
      break;
    }
    // Where the reporter filed from, and when, after the name: "By Jane Doe
    // in Skopje December 3, 2023".
    if (const size_t in = by.find(" in "); in != std::string_view::npos) {
      if (!place_and_date(by.substr(in + 4))) return false;
      by = by.substr(0, in);
    }
    size_t names = 0;
    for (std::string_view rest = by; !rest.empty();) {
      const size_t space = std::min(rest.find(' '), rest.size());
      if (space > 0 && !starts_capitalized(rest.substr(0, space))) return false;
      names += space > 0;
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    return names >= 1 && names <= 3;
  }
  const std::string_view key = key_before_colon(s);
  if (key.empty() || !(is_one_of(kSourceKeys, key) || is_one_of(kOtherBylineKeys, key))) return false;
  return !trim(s.substr(key.size() + 1)).empty() && word_count(s, kBylineWords + 1) <= kBylineWords;
}

std::vector<std::string_view> label_keys(MetaField field) {
  std::vector<std::string_view> keys;
  for (const auto& [key, f] : kLabels) {
    if (f == field) keys.push_back(key);
  }
  for (const auto& [key, f] : kListingLabels) {
    if (f == field) keys.push_back(key);
  }
  return keys;
}

bool date_key_alone(std::string_view trimmed_line) {
  static const std::vector<std::string_view> kKeys = label_keys(MetaField::kDate);
  // (Longer lines than the longest key are asked no further.)
  static const size_t kLongestKey =
      std::max_element(kKeys.begin(), kKeys.end(), [](std::string_view a, std::string_view b) {
        return a.size() < b.size();
      })->size();
  if (trimmed_line.ends_with(':')) trimmed_line.remove_suffix(1);
  if (trimmed_line.empty() || trimmed_line.size() > kLongestKey) return false;
  return std::any_of(kKeys.begin(), kKeys.end(), [&](std::string_view key) { return ascii_iequal(trimmed_line, key); });
}

std::vector<std::string_view> split_values(std::string_view value) {
  std::vector<std::string_view> out;
  const char sep = value.find(';') != std::string_view::npos ? ';' : ',';
  size_t start = 0;
  for (;;) {
    const size_t stop = value.find(sep, start);
    const std::string_view part = trim(value.substr(start, stop == std::string_view::npos ? stop : stop - start));
    if (!part.empty()) out.push_back(part);
    if (stop == std::string_view::npos) return out;
    start = stop + 1;
  }
}

std::string_view label_name(MetaField field) {
  switch (field) {
    case MetaField::kType: return "Type";
    case MetaField::kTitle: return "Title";
    case MetaField::kDate: return "Date";
    case MetaField::kPlace: return "Place";
    case MetaField::kIssuedBy: return "Issued by";
    case MetaField::kListedFields: return "Fields of work";
  }
  return "?";
}

namespace {

// Whether `line` is one of `labels`, in any case. (Lengths first: the labels
// are asked of short lines, most of them of another length.)
template <size_t N>
bool one_of_labels(std::string_view line, const std::string_view (&labels)[N]) {
  return std::any_of(std::begin(labels), std::end(labels),
                     [&](std::string_view l) { return l.size() == line.size() && ascii_iequal(line, l); });
}

}  // namespace

bool is_about_page_label(std::string_view trimmed_line) {
  static constexpr std::string_view kLabels[] = {"About us", "About", "Our work", "Who we are", "What we do",
                                                 "Our mission"};
  return one_of_labels(trimmed_line, kLabels);
}

bool is_office_page_section(std::string_view trimmed_line) {
  static constexpr std::string_view kLabels[] = {"Overview", "Figures",  "Offices", "Staff", "Budget",
                                                 "Leadership", "History and mandate", "Mandate", "Tasks"};
  return one_of_labels(trimmed_line, kLabels);
}

bool is_site_section(std::string_view trimmed_line) {
  // (A page's first line is asked: a headline is longer than any section's name.)
  if (trimmed_line.size() > 24) return false;
  if (std::find(kBreadcrumbRoots.begin(), kBreadcrumbRoots.end(), trimmed_line) != kBreadcrumbRoots.end()) return true;
  // A section lists pages of a type, and is named by it in the plural:
  // "Press releases", "Statements", "Speeches", "Stories".
  static const std::vector<std::string> kPlurals = [] {
    std::vector<std::string> plurals;
    for (std::string_view t : kPageTypes) {
      std::string p(t);
      if (p.ends_with('y')) {
        p.replace(p.size() - 1, 1, "ies");
      } else if (p.ends_with("ch") || p.ends_with('s')) {
        p += "es";
      } else {
        p += 's';
      }
      plurals.push_back(std::move(p));
    }
    return plurals;
  }();
  return std::find(kPlurals.begin(), kPlurals.end(), trimmed_line) != kPlurals.end();
}

bool is_page_type(std::string_view trimmed_line) {
  // (Every short line of a page is asked: only the types of its length are
  // compared.)
  static constexpr size_t kLongest = [] {
    size_t longest = 0;
    for (std::string_view t : kPageTypes) longest = t.size() > longest ? t.size() : longest;
    return longest;
  }();
  static const auto by_length = [] {
    std::array<std::vector<std::string_view>, kLongest + 1> table;
    for (std::string_view t : kPageTypes) table[t.size()].push_back(t);
    return table;
  }();
  if (trimmed_line.size() > kLongest) return false;
  for (std::string_view t : by_length[trimmed_line.size()]) {
    if (trimmed_line == t) return true;
  }
  return false;
}

// A paged listing's number, alone or after the listing's name: "Page 4",
// "Page 2 of 12", "OSCE - Page 4" (an aggregator's title for its fourth page).
bool is_page_number(std::string_view line) {
  if (line.size() < 6 || line.size() > 80 || line.back() < '0' || line.back() > '9') return false;
  const size_t at = line.rfind("Page ");
  if (at == std::string_view::npos) return false;
  if (at != 0 && !(at >= 3 && (line.substr(at - 3, 3) == " - " || line.substr(at - 3, 3) == " | "))) return false;
  std::string_view rest = line.substr(at + 5);
  auto digits = [&rest] {
    size_t k = 0;
    while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
    rest.remove_prefix(k);
    return k > 0;
  };
  if (!digits()) return false;
  if (rest.starts_with(" of ")) {
    rest.remove_prefix(4);
    if (!digits()) return false;
  }
  return rest.empty();
}

namespace {

// A paged listing's pager, its pages' numbers in a row: "1 2 3 4 5", "1 2 3
// ... 12 Next", a menu's entry glued after them ("1 2 3 4 5 İDMAN XƏBƏR",
// an Azerbaijani site's sports news): three numbers or more, each one more
// than the one before, then a few words at most.
[[gnu::noinline]] bool is_pager(std::string_view line) {
  constexpr size_t kLongestPager = 80, kLeastNumbers = 3, kWordsAfter = 3, kPageDigits = 4;
  if (line.size() < 5 || line.size() > kLongestPager || line[1] != ' ') return false;
  size_t numbers = 0, last = 0, at = 0;
  while (at < line.size()) {
    const size_t end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    if (word.size() > kPageDigits || !all_digits(word)) break;
    size_t value = 0;
    for (char c : word) value = value * 10 + static_cast<size_t>(c - '0');
    if (numbers != 0 && value != last + 1) break;
    last = value;
    ++numbers;
    at = end + 1;
  }
  if (numbers < kLeastNumbers) return false;
  const std::string_view after = at < line.size() ? line.substr(at) : std::string_view{};
  return after.empty() || (!ends_a_sentence(after) && word_count(after, kWordsAfter + 1) <= kWordsAfter);
}

// A language switcher's locales, its flags' names lost: "mk_MK mk_MK",
// "en_US de_DE" (a language and a country, in the case the locale gives).
[[gnu::noinline]] bool is_locale_line(std::string_view line) {
  constexpr size_t kLocale = 5;
  if (line.size() < kLocale) return false;
  for (size_t at = 0; at < line.size();) {
    const std::string_view w = line.substr(at, std::min(line.find(' ', at), line.size()) - at);
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (w.size() != kLocale || !lower(w[0]) || !lower(w[1]) || w[2] != '_' || !upper(w[3]) || !upper(w[4])) {
      return false;
    }
    at += kLocale + 1;
  }
  return true;
}

// A listing's control for the order of what it shows: "Sort by: Latest
// |Relevance", "Sort by date". (No sentence: "Sort by date, then by
// place." is an instruction.)
bool sort_control(std::string_view line) {
  return line.size() > 8 && line.starts_with("Sort by") && (line[7] == ':' || line[7] == ' ') &&
         line.find('.') == std::string_view::npos;
}

// A listing's count of what it shows: "Displaying 1 - 10 of 752", "Showing
// 1-10 of 752 results", "Results 11 to 20 of 345"; and its control for
// their order (sort_control). (A search's count of what it found, "67
// entries found", is a counter's line: see is_counter_line.)
bool is_result_count(std::string_view line) {
  // (Every line is asked: its first letter first.)
  if (line.size() < 12 || line.size() > 60 || (line[0] != 'D' && line[0] != 'S' && line[0] != 'R')) return false;
  if (line[1] == 'o') return sort_control(line);  // (no lead below has an 'o' second)
  static constexpr std::array<std::string_view, 3> kLeads{"Displaying ", "Showing ", "Results "};
  const auto lead = std::find_if(kLeads.begin(), kLeads.end(), [&](std::string_view l) { return line.starts_with(l); });
  if (lead == kLeads.end()) return false;
  std::string_view rest = line.substr(lead->size());
  auto number = [&rest] {
    size_t k = 0;
    while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
    rest.remove_prefix(k);
    return k > 0;
  };
  auto joint = [&rest](std::initializer_list<std::string_view> joints) {
    for (std::string_view j : joints) {
      if (rest.starts_with(j)) {
        rest.remove_prefix(j.size());
        return true;
      }
    }
    return false;
  };
  if (!number() || !joint({" - ", "-", " \xE2\x80\x93 ", "\xE2\x80\x93", " to "}) || !number() || !joint({" of "}) ||
      !number()) {
    return false;
  }
  return rest.empty() || rest == " results" || rest == " entries" || rest == " items";
}

// A count the site prints by an article or a teaser: its views ("• 25307
// переглядiв", "1,204 views") or its comments ("Comments (0)",
// "Коментарі (0)"); or over a search's results, what it found ("67 entries
// found"). (Asked of the lines is_chrome_line lets through.)
constexpr size_t kLongestCounter = 48;
// "0 comments", "1 comment", after a count of views: the rest of its line.
bool comment_count(std::string_view rest) {
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  const size_t digits = rest.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return false;
  rest.remove_prefix(digits);
  return rest == " comments" || rest == " comment";
}
bool is_counter_line(std::string_view line) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  line.remove_prefix(list_mark_length(line));
  if (line.empty()) return false;
  if (digit(line[0])) {
    size_t i = 0;
    auto in_number = [&](char c) { return digit(c) || c == ',' || c == '.' || c == '+' || c == ' '; };
    while (i < line.size() && in_number(line[i])) ++i;
    if (i == 0 || i == line.size() || line[i - 1] != ' ') return false;
    static constexpr std::string_view kViews[] = {
        "views", "view", "reads", "Aufrufe", "vues", "просмотров", "просмотра", "просмотр", "переглядів",
        "переглядiв",  // (with a Latin "i", as some sites type it)
        "перегляди", "перегляд"};
    const std::string_view word = line.substr(i);
    // (Or the time the article takes to read: "1 min read".)
    static constexpr std::string_view kReadingTimes[] = {"min read", "mins read", "minute read", "minutes read"};
    if (std::find(std::begin(kReadingTimes), std::end(kReadingTimes), word) != std::end(kReadingTimes)) return true;
    // (Or what a search found: "67 entries found", "1,204 results".)
    static constexpr std::string_view kFound[] = {"results", "entries", "items", "documents", "records"};
    const std::string_view found = word.ends_with(" found") ? word.substr(0, word.size() - 6) : word;
    if (std::find(std::begin(kFound), std::end(kFound), found) != std::end(kFound)) return true;
    return std::any_of(std::begin(kViews), std::end(kViews), [&](std::string_view v) {
      // (A Wix blog glues its count of comments on: "93 views0 comments".)
      return word.starts_with(v) && (word.size() == v.size() || comment_count(word.substr(v.size())));
    });
  }
  if (line.back() != ')') return false;
  const size_t open = line.rfind('(');
  if (open == std::string_view::npos || open + 2 >= line.size() ||
      !std::all_of(line.begin() + static_cast<std::ptrdiff_t>(open) + 1, line.end() - 1, digit)) {
    return false;
  }
  static constexpr std::string_view kComments[] = {"Comments",    "Comment",     "Kommentare", "Commentaires",
                                                    "Комментарии", "Комментариев", "Коментарі",  "Коментарів"};
  const std::string_view label = trim(line.substr(0, open));
  return std::any_of(std::begin(kComments), std::end(kComments), [&](std::string_view c) { return label == c; });
}

// The bytes of an arrow that ends a link's line ("›", "»", "→"), or 0.
size_t trailing_arrow(std::string_view line) {
  // (Every short line is asked: its last byte first, which few lines end in.)
  const size_t n = line.size();
  if (n < 4) return 0;
  const auto last = static_cast<unsigned char>(line[n - 1]);
  if (last == 0xBB && line[n - 2] == '\xC2') return 2;                                          // »
  if (last == 0xBA && line[n - 2] == '\x80' && line[n - 3] == '\xE2') return 3;                 // ›
  if (last == 0x92 && line[n - 2] == '\x86' && line[n - 3] == '\xE2') return 3;                 // →
  return 0;
}

// The bytes of an arrow or a guillemet that opens a link's word back:
// "← Back to list", "« Back", "‹ Previous"; 0 if none.
size_t leading_arrow(std::string_view line) {
  if (line.size() < 4) return 0;
  const auto first = static_cast<unsigned char>(line[0]);
  if (first == 0xC2 && line[1] == '\xAB') return 2;                             // «
  if (first == 0xE2 && line[1] == '\x80' && line[2] == '\xB9') return 3;       // ‹
  if (first == 0xE2 && line[1] == '\x86' && line[2] == '\x90') return 3;       // ←
  return 0;
}

// A CMS's notice to a visitor who has not signed in, as Russian news sites
// built on DataLife Engine print it under every article: "Уважаемый
// посетитель, Вы зашли на сайт как незарегистрированный пользователь. ...".
bool is_guest_notice(std::string_view line) {
  constexpr std::string_view kDearVisitor =
      "\xD0\xA3\xD0\xB2\xD0\xB0\xD0\xB6\xD0\xB0\xD0\xB5\xD0\xBC\xD1\x8B\xD0\xB9 "
      "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C";  // Уважаемый посетитель
  constexpr std::string_view kUnregistered =
      "\xD0\xBD\xD0\xB5\xD0\xB7\xD0\xB0\xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD1\x81\xD1\x82\xD1\x80"
      "\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBD";  // незарегистрированн
  return line.size() < 400 && line.starts_with(kDearVisitor) && line.find(kUnregistered) != std::string_view::npos;
}

// What a page shows a browser without scripts, scraped with the page: "Sorry,
// you need to enable JavaScript to visit this website.", "Please enable
// JavaScript".
bool is_script_notice(std::string_view line) {
  // (Every line is asked: a 'J' or a 'j' first, which few lines have.)
  if (line.size() < 16 || line.size() > 120 ||
      (std::memchr(line.data(), 'J', line.size()) == nullptr && std::memchr(line.data(), 'j', line.size()) == nullptr)) {
    return false;
  }
  return ascii_icontains(line, "javascript") && ascii_icontains(line, "enable");
}

// A share bar's buttons in one row: "Print       Email", "Share | Tweet |
// Email", two of them or more, each a button's word and nothing else.
constexpr std::string_view kButtons[] = {"Print",    "Email",    "E-mail", "Share",     "Tweet",  "Facebook",
                                         "Twitter",  "LinkedIn", "WhatsApp", "Telegram", "Viber",  "Pinterest",
                                         "Reddit",   "VK",       "Save",   "PDF"};
// A word's first letter (case folded) and its length, as a key of 9 bits.
constexpr unsigned button_key(std::string_view w) {
  return ((static_cast<unsigned char>(w[0]) & 31u) << 4) | (w.size() & 15u);
}
constexpr auto kButtonKeys = [] {
  std::array<bool, 512> keys{};
  for (std::string_view b : kButtons) keys[button_key(b)] = true;
  return keys;
}();

// Its first test, inline (every line of every page is asked, a menu's
// too): for the line's first letter, the lengths of the buttons' words that
// begin with it, and a blank after one of them.
constexpr auto kButtonLengths = [] {
  std::array<uint16_t, 32> lengths{};
  for (std::string_view b : kButtons) lengths[static_cast<unsigned char>(b[0]) & 31u] |= uint16_t(1u << b.size());
  return lengths;
}();
inline bool might_be_button_row(std::string_view line) {
  if (line.size() < 7) return false;
  // (Only the lengths inside the line.)
  const unsigned inside = line.size() >= 16 ? 0xFFFFu : (1u << line.size()) - 1;
  for (unsigned lengths = kButtonLengths[static_cast<unsigned char>(line[0]) & 31u] & inside; lengths != 0;
       lengths &= lengths - 1) {
    if (line[static_cast<size_t>(std::countr_zero(lengths))] == ' ') return true;
  }
  return false;
}

[[gnu::noinline]] bool is_button_row(std::string_view line) {
  constexpr size_t kLongestRow = 120;
  if (line.size() > kLongestRow) return false;
  size_t buttons = 0;
  for (size_t at = 0; at < line.size();) {
    const size_t end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    at = end + 1;
    if (word.empty() || word == "|" || word == "/" || word == "\xE2\x80\xA2" || word == "\xC2\xB7") continue;  // • ·
    auto is_button = [&](std::string_view b) { return ascii_iequal(word, b); };
    if (word.size() > 15 || !kButtonKeys[button_key(word)] ||
        std::none_of(std::begin(kButtons), std::end(kButtons), is_button)) {
      return false;
    }
    ++buttons;
  }
  return buttons >= 2;
}

}  // namespace

// ("Я разрешаю TSN.UA использовать файлы cookie": other languages write the
// word in Latin letters too.)
bool is_rate_line(std::string_view line) {
  constexpr size_t kLongestRate = 24;
  if (line.size() < 5 || line.size() > kLongestRate) return false;
  auto digit = [&](size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
  // The currency: its code, or its sign and the unit after it ("$1", "€1":
  // the sign is ASCII, or two bytes from C2 (£ ¥), or three from E2 82).
  size_t i = 0;
  const bool code = line[0] >= 'A' && line[0] <= 'Z' && line[1] >= 'A' && line[1] <= 'Z' && line[2] >= 'A' &&
                    line[2] <= 'Z';
  if (code) {
    i = 3;
  } else if (line[0] == '$') {
    i = 1;
  } else if (line[0] == '\xC2' && (line[1] == '\xA3' || line[1] == '\xA5')) {
    i = 2;
  } else if (line[0] == '\xE2' && line[1] == '\x82') {
    i = 3;
  } else {
    return false;
  }
  if (!code) {
    while (digit(i)) ++i;
  }
  // Then blanks, a dash perhaps ("UZS – 0.56%": the day's change), the
  // rate: a code and its rate need a blank between them.
  const size_t gap_from = i;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i < line.size() && line[i] == '-') {
    ++i;
  } else if (line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94") {
    i += 3;
  }
  const size_t blanks_from = i;
  while (i < line.size() && line[i] == ' ') ++i;
  if (code && (gap_from == line.size() || line[gap_from] != ' ') && i == blanks_from) return false;
  if (i < line.size() && (line[i] == '+' || line[i] == '-')) ++i;
  const size_t digits_from = i;
  while (digit(i)) ++i;
  if (i == digits_from) return false;
  if (i < line.size() && (line[i] == '.' || line[i] == ',')) {
    const size_t fraction = ++i;
    while (digit(i)) ++i;
    if (i == fraction) return false;
  }
  if (i < line.size() && line[i] == '%') ++i;
  return i == line.size();
}

bool is_rates_heading(std::string_view line) {
  constexpr size_t kHeadingWords = 6;
  return (ascii_iequal(line.substr(0, 14), "Currency rates") || ascii_iequal(line.substr(0, 14), "Exchange rates")) &&
         word_count(line, kHeadingWords + 1) <= kHeadingWords;
}

bool is_reproduction_notice(std::string_view line) {
  constexpr size_t kLongestNotice = 320, kNoticeWords = 40;
  if (line.size() < 16 || line.size() > kLongestNotice) return false;
  // (Asked of a page's last lines, a menu's as often as an article's: the
  // notices' words are found by their 'p', a letter of few words:
  // "reproduced", "Reproduction", "hyperlink", "permission".)
  bool notice = false;
  for (size_t p = line.find('p', 2); p != std::string_view::npos && !notice; p = line.find('p', p + 1)) {
    // (The letters next to it first.)
    const char before = line[p - 1], after = p + 1 < line.size() ? line[p + 1] : ' ';
    notice = (before == 'e' && after == 'r' && ascii_iequal(line.substr(p - 2, 8), "reproduc")) ||
             (before == 'y' && after == 'e' && ascii_iequal(line.substr(p - 2, 9), "hyperlink")) ||
             (after == 'e' && ascii_iequal(line.substr(p, 10), "permission"));
  }
  return notice && word_count(line, kNoticeWords + 1) <= kNoticeWords;
}

bool is_cookie_notice(std::string_view line) {
  if (line.size() < 12 || line.size() > 400) return false;
  // "cookie" by its 'k', which memchr finds in few lines, where its 'c' and
  // 'o' are in most (ascii_icontains searches by the first byte); a "rookie"
  // is none.
  bool cookie = false;
  for (size_t k = line.find('k', 3); k != std::string_view::npos && !cookie; k = line.find('k', k + 1)) {
    cookie = ascii_iequal(line.substr(k - 3, 6), "cookie");
  }
  if (!cookie) return false;
  const size_t words = word_count(line, 61);
  if (words <= 12) return true;
  if (words > 60) return false;
  // (Consent, not the word: "the use of cookies by online shops" is an article's.)
  for (std::string_view consent : {"accept", "agree", "consent", "cookie policy", "cookies policy", "privacy policy",
                                   "cookie settings", "by continuing", "by using", "uses cookies", "we use cookies",
                                   "this website uses", "this site uses"}) {
    if (ascii_icontains(line, consent)) return true;
  }
  return false;
}

// Whether `line` is one of `phrases`, Cyrillic's case folded too. (Apart
// from is_chrome_line's loop: few lines open in Cyrillic.)
[[gnu::noinline]] static bool any_cyrillic_fold(const std::vector<std::string_view>& phrases, std::string_view line) {
  auto folded_equal = [&](std::string_view c) { return iequal_latin_cyrillic(line, c); };
  return std::any_of(phrases.begin(), phrases.end(), folded_equal);
}

// Where the colon after a heading of related pages or "Read more" would
// stand in `line`, a line that opens with one: its first byte picks the
// headings' lengths (a bit each), ASCII case folded. 0 for none.
size_t related_label_colon(std::string_view line) {
  static constexpr auto kLengths = [] {
    std::array<uint64_t, 256> masks{};
    auto add = [&](std::string_view h) {
      const auto a = static_cast<unsigned char>(h[0]);
      const uint64_t bit = uint64_t{1} << h.size();
      masks[a] |= bit;
      if (a >= 'A' && a <= 'Z') masks[a | 0x20] |= bit;
    };
    for (std::string_view h : kRelatedHeadings) add(h);
    add("Read more");
    return masks;
  }();
  for (uint64_t m = kLengths[static_cast<unsigned char>(line[0])]; m != 0; m &= m - 1) {
    const auto k = static_cast<size_t>(std::countr_zero(m));
    if (k < line.size() && line[k] == ':') return k;
  }
  return 0;
}

bool is_bare_image(std::string_view line) {
  if (line.starts_with("[![](")) {
    line.remove_prefix(1);
  } else if (!line.starts_with("![](")) {
    return false;
  }
  return line.back() == ')' && line.find(' ') == std::string_view::npos;
}

bool count_or_related_link(std::string_view line) {
  if (line.back() == ')' && is_bare_image(line)) return true;
  if (line.size() <= kLongestCounter && is_counter_line(line)) return true;
  return line.size() >= 12 && related_label_colon(line) != 0 && is_related_link(line);
}

namespace {

// A news theme's heading over a section's latest posts: "Latest from
// EUROPE", "More from Politics"; the section's name one to three words, no
// sentence ("More from this week's talks, the OSCE said." is prose).
bool is_section_posts_heading(std::string_view t) {
  constexpr size_t kSectionWords = 3;
  std::string_view section;
  if (t.size() > 12 && (t[0] == 'L' || t[0] == 'l') && ascii_iequal(t.substr(0, 12), "Latest from ")) {
    section = t.substr(12);
  } else if (t.size() > 10 && (t[0] == 'M' || t[0] == 'm') && ascii_iequal(t.substr(0, 10), "More from ")) {
    section = t.substr(10);
  } else {
    return false;
  }
  return !section.empty() && !ends_a_sentence(section) && section.back() != ',' &&
         word_count(section, kSectionWords + 1) <= kSectionWords;
}

}  // namespace

bool is_chrome_line(std::string_view trimmed_line) {
  // Every line of every page comes through here, a menu's hundreds of
  // short ones too: only the phrases of the line's length and first letter
  // (its low five bits, ASCII case folded) are compared.
  // (A heading of related pages or of a disclaimer may end with a colon,
  // "Related news:", "Legal Disclaimer:": the table holds those with one too.)
  static const std::deque<std::string> with_colons = [] {
    std::deque<std::string> phrases;
    for (std::string_view c : kRelatedHeadings) phrases.push_back(std::string(c) + ':');
    for (std::string_view c : kDisclaimerHeadings) phrases.push_back(std::string(c) + ':');
    return phrases;
  }();
  static const auto by_length = [] {
    std::array<std::array<std::vector<std::string_view>, 32>, kLongestChromeLine + 2> table;
    auto add = [&](std::string_view c) { table[c.size()][static_cast<unsigned char>(c[0]) & 31].push_back(c); };
    for (std::string_view c : kChromeLines) add(c);
    for (std::string_view c : kRelatedHeadings) add(c);
    for (std::string_view c : kDisclaimerHeadings) add(c);
    for (const std::string& c : with_colons) add(c);
    return table;
  }();
  // A link line may stand as a list item of its own: "- More info..."
  // under a card's description.
  std::string_view link = trimmed_line;
  if (link.size() <= kLongestChromeLine + 5) link.remove_prefix(list_mark_length(link));
  auto in_table = [&](std::string_view l) {
    if (l.empty() || l.size() > kLongestChromeLine + 1) return false;
    for (std::string_view c : by_length[l.size()][static_cast<unsigned char>(l[0]) & 31]) {
      if (ascii_iequal(l, c)) return true;
    }
    // (Cyrillic's case is folded for a line that opens in Cyrillic, apart:
    // most lines are asked the ASCII way alone.)
    return (static_cast<unsigned char>(l[0]) & 0xFE) == 0xD0 &&
           any_cyrillic_fold(by_length[l.size()][static_cast<unsigned char>(l[0]) & 31], l);
  };
  if (!link.empty() && link.size() <= kLongestChromeLine + 1) {
    if (in_table(link)) return true;
    // A heading of other pages may trail off: "You might also like...".
    if ((link.ends_with("...") || link.ends_with("\xE2\x80\xA6")) && is_related_heading(link)) return true;
    // A link's word may point on: "подробнее ›", "More →"; or back: "← Back to list".
    if (const size_t arrow = trailing_arrow(link); arrow != 0 && in_table(trim(link.substr(0, link.size() - arrow)))) {
      return true;
    }
    if (const size_t arrow = leading_arrow(link); arrow != 0 && in_table(trim(link.substr(arrow)))) return true;
    // A row of buttons whose icons the scrape dropped leaves its word and a
    // bar: "Share |".
    if (link.back() == '|' && in_table(trim(link.substr(0, link.size() - 1)))) return true;
  }
  // A news theme's links to the posts before and after, the word glued to
  // the title: "Previous articleThey unjustly kept me ...", "Next
  // articleMickoski stresses: ...".
  // (The word alone, or the title right after it: "Previous articles of
  // the law ..." is prose.)
  if (trimmed_line.size() >= 12 && (trimmed_line[1] == 'e' || trimmed_line[1] == 'r')) {
    const size_t word = trimmed_line[0] == 'P' && trimmed_line.starts_with("Previous article") ? 16
                        : trimmed_line[0] == 'N' && trimmed_line.starts_with("Next article")   ? 12
                                                                                                : 0;
    if (word != 0) {
      const std::string_view title = trimmed_line.substr(word);
      return trimmed_line.size() < 300 &&
             (title.empty() || (!std::islower(static_cast<unsigned char>(title[0])) && title[0] != ' '));
    }
  }
  if (trimmed_line.substr(0, 2) == "\xc2\xa9" || trimmed_line.substr(0, 9) == "Copyright") {
    // (A longer one that names its source and points to the site's terms,
    // "Copyright information of photo and video materials was taken from
    // the website ..., more details in our Terms of Service", stops on no
    // full stop, as a sentence of prose would.)
    constexpr size_t kShortNotice = 120, kLongNotice = 200;
    return trimmed_line.size() < kShortNotice || (trimmed_line.size() < kLongNotice && trimmed_line.back() != '.');
  }
  // A widget's close mark over its prompt, "× How can I help you?" (a chat's
  // or a cookie banner's: a sentence of text opens with no multiplication sign).
  constexpr size_t kWidgetWords = 8;
  if (trimmed_line.substr(0, 2) == "\xc3\x97") return word_count(trimmed_line, kWidgetWords + 1) <= kWidgetWords;
  if (is_section_posts_heading(trimmed_line)) return true;
  return (might_be_breadcrumb(trimmed_line) && is_breadcrumb(trimmed_line)) || is_page_number(trimmed_line) ||
         (trimmed_line[0] >= '1' && trimmed_line[0] <= '9' && is_pager(trimmed_line)) ||
         (trimmed_line.size() >= 5 && trimmed_line[2] == '_' && is_locale_line(trimmed_line)) ||
         is_result_count(trimmed_line) || is_feed_note(trimmed_line) || is_script_notice(trimmed_line) ||
         is_language_offer(trimmed_line) ||
         (trimmed_line[0] == '\xD0' && is_guest_notice(trimmed_line)) ||
         (might_be_button_row(trimmed_line) && is_button_row(trimmed_line));
}

bool is_url_slug(std::string_view line) {
  constexpr size_t kSlugHyphens = 3;
  if (line.size() < 12 || line.size() > 200) return false;
  size_t hyphens = 0;
  for (char c : line) {
    if (c == '-') {
      ++hyphens;
    } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return hyphens >= kSlugHyphens && line.back() != '-';
}

bool is_icon_names(std::string_view line) {
  constexpr size_t kLeastWords = 12;
  if (line.size() < 6 * kLeastWords || line[0] < 'a' || line[0] > 'z') return false;
  size_t words = 1;
  for (char c : line) {
    if ((c >= 'A' && c <= 'Z') || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"') {
      return false;
    }
    words += c == ' ';
  }
  if (words < kLeastWords) return false;
  // (Nor is a run of prose that lost its capitals and stops: it has words
  // that link others.)
  static constexpr std::string_view kLinks[] = {"the", "and", "of", "to", "in", "for", "on", "is", "a", "with"};
  for (size_t at = 0; at < line.size();) {
    const size_t end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    if (std::find(std::begin(kLinks), std::end(kLinks), word) != std::end(kLinks)) return false;
    at = end + 1;
  }
  return true;
}

bool is_call_to_follow(std::string_view line) {
  constexpr size_t kLongestCall = 30;
  // (A paragraph's full stop or quote rules the line out first: most pages end with one.)
  if (line.empty() || line.size() > 240 || line.back() == '.' || line.back() == '"' || line.ends_with("\xE2\x80\x9D")) {
    return false;
  }
  // The call opens the line, after a word at most ("Telegram Subscribe to
  // our ..."): its first bytes are searched.
  constexpr size_t kCallWithin = 40;
  const std::string_view opening = line.substr(0, kCallWithin);
  static constexpr std::string_view kCalls[] = {"subscribe to our", "follow us on", "join our telegram", "join us on"};
  // The same in Russian and Ukrainian (their first letter a capital, as written).
  static constexpr std::string_view kCyrillicCalls[] = {
      "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5"
      "\xD1\x81\xD1\x8C \xD0\xBD\xD0\xB0",  // Подписывайтесь на
      "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C "
      "\xD0\xBD\xD0\xB0",  // Подпишитесь на
      "\xD0\x9F\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x83\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C "
      "\xD0\xBD\xD0\xB0"};  // Підписуйтесь на
  auto latin = [&](std::string_view c) { return ascii_icontains(opening, c); };
  auto cyrillic = [&](std::string_view c) {
    return line.substr(0, kCallWithin + c.size()).find(c) != std::string_view::npos;
  };
  const bool call = std::any_of(std::begin(kCalls), std::end(kCalls), latin) ||
                    std::any_of(std::begin(kCyrillicCalls), std::end(kCyrillicCalls), cyrillic);
  return call && word_count(line, kLongestCall + 1) <= kLongestCall;
}

bool is_login_prompt(std::string_view line) {
  constexpr size_t kLongestPrompt = 80;
  if (line.size() > kLongestPrompt || !line.starts_with("Already ")) return false;
  const size_t question = line.find('?');
  if (question == std::string_view::npos) return false;
  const std::string_view login = line.substr(question + 1);
  return ascii_icontains(login, "log in") || ascii_icontains(login, "login") || ascii_icontains(login, "sign in");
}

bool is_related_link(std::string_view trimmed_line) {
  // "READ MORE: President ... after Budapest's demands on Ukraine", "See
  // also: ...": a heading of related pages, or "Read more", then another
  // page's title on the same line. (The colon where such a heading ends is
  // looked for first.)
  constexpr size_t kTitleWords = 30;
  if (trimmed_line.size() < 2) return false;
  const size_t colon = related_label_colon(trimmed_line);
  if (colon == 0 || colon + 2 >= trimmed_line.size()) return false;
  const std::string_view label = trim(trimmed_line.substr(0, colon));
  if (!is_related_heading(label) && !ascii_iequal(label, "Read more")) return false;
  const std::string_view title = trim(trimmed_line.substr(colon + 1));
  return !title.empty() && title.back() != '.' && word_count(title, kTitleWords + 1) <= kTitleWords;
}

bool is_disclaimer_heading(std::string_view trimmed_line) {
  if (trimmed_line.ends_with(':')) trimmed_line.remove_suffix(1);
  // (Asked of every chrome line: its length first.)
  return std::any_of(kDisclaimerHeadings.begin(), kDisclaimerHeadings.end(), [&](std::string_view h) {
    return h.size() == trimmed_line.size() && ascii_iequal(trimmed_line, h);
  });
}

bool is_wire_foot_heading(std::string_view trimmed_line) {
  return trimmed_line.starts_with("You just read") && trimmed_line.size() <= 14;
}

bool is_related_heading(std::string_view trimmed_line) {
  if (trimmed_line.ends_with(':')) trimmed_line.remove_suffix(1);
  if (trimmed_line.ends_with("...") || trimmed_line.ends_with("\xE2\x80\xA6")) trimmed_line.remove_suffix(3);
  if (is_section_posts_heading(trimmed_line)) return true;
  // (Asked of every chrome line, "Share" and "Print" the most: their first
  // letter first, case folded.)
  static constexpr auto kFirstLetters = [] {
    std::array<bool, 32> first{};
    for (std::string_view h : kRelatedHeadings) first[static_cast<unsigned char>(h[0]) & 31] = true;
    return first;
  }();
  if (trimmed_line.empty() || !kFirstLetters[static_cast<unsigned char>(trimmed_line[0]) & 31]) return false;
  return std::any_of(kRelatedHeadings.begin(), kRelatedHeadings.end(), [&](std::string_view h) {
    return h.size() == trimmed_line.size() && iequal_latin_cyrillic(trimmed_line, h);
  });
}

bool is_clock_line(std::string_view line) {
  if (line.empty() || line.size() > 40 || !std::isdigit(static_cast<unsigned char>(line[0]))) return false;
  size_t i = 0, digits = 0, colons = 0;
  for (; i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == ':' || line[i] == ' ');
       ++i) {
    digits += line[i] != ':' && line[i] != ' ';
    colons += line[i] == ':';
  }
  if (colons == 0 || digits < 3) return false;
  std::string_view rest = trim(line.substr(i));
  // Where: "in Kyiv"; then a zone, in brackets or not: "(EET)", "CET".
  if (rest.starts_with("in ")) {
    rest = trim(rest.substr(3));
    const size_t word_end = rest.find(' ');
    rest = word_end == std::string_view::npos ? std::string_view() : trim(rest.substr(word_end));
  }
  return rest.empty() || is_time_zone(rest);
}

bool ends_with_view_count(std::string_view line) {
  constexpr std::string_view kBullet = " \xE2\x80\xA2 ";
  std::string_view rest = line;
  if (rest.ends_with(" views")) {
    rest.remove_suffix(6);
  } else if (rest.ends_with(" view")) {
    rest.remove_suffix(5);
  } else {
    return false;
  }
  const size_t digits = rest.find_last_not_of("0123456789,");
  if (digits == std::string_view::npos || digits + 1 == rest.size()) return false;
  return rest.substr(0, digits + 1).ends_with(kBullet);
}

bool is_widget_heading(std::string_view line) {
  // (Small words are a heading's particles, "or", "of", "and", "in": a
  // longer one in small letters makes a phrase of prose, "Overcoming
  // digital difficulties", a subheading.)
  // (In small letters at its end: capitals alone are a name's letters, an
  // acronym's, a size's button.)
  constexpr size_t kLongest = 30, kMostWords = 3, kLongestSmallWord = 3;
  if (line.empty() || line.size() > kLongest || line.back() < 'a' || line.back() > 'z' ||
      std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  size_t words = 0;
  bool capital = false;
  for (std::string_view rest = line; !rest.empty();) {
    const size_t space = std::min(rest.find(' '), rest.size());
    const std::string_view w = rest.substr(0, space);
    rest.remove_prefix(std::min(space + 1, rest.size()));
    if (w.empty()) continue;
    if (++words > kMostWords) return false;
    if (starts_capitalized(w)) {
      capital = true;
    } else if (w.size() > kLongestSmallWord) {
      return false;
    }
  }
  return capital;
}

bool is_text_size_button(std::string_view line) {
  static constexpr std::string_view kSizes[] = {"XS", "S", "SM", "M", "MD", "L", "LG", "XL", "XXL"};
  return line.size() <= 3 && std::find(std::begin(kSizes), std::end(kSizes), line) != std::end(kSizes);
}

bool is_relative_time_line(std::string_view line) {
  // (Asked of every page's last line: the time's last byte first.)
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  if (line.size() < 8 || line.size() > 40 || !(digit(line.back()) || line.back() == ':')) {
    return false;
  }
  size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;  // a count of views
  const std::string_view rest = line.substr(i);
  static constexpr std::string_view kDays[] = {
      "Yesterday", "Today", "yesterday", "today",
      "\xD0\x92\xD1\x87\xD0\xB5\xD1\x80\xD0\xB0",                              // Вчера
      "\xD0\xA1\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F",              // Сегодня
      "\xD0\x92\xD1\x87\xD0\xBE\xD1\x80\xD0\xB0",                              // Вчора
      "\xD0\xA1\xD1\x8C\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x96"};    // Сьогодні
  for (std::string_view day : kDays) {
    if (!rest.starts_with(day)) continue;
    std::string_view time = rest.substr(day.size());
    if (time.starts_with(',')) time.remove_prefix(1);
    time = trim(time);
    // "18:30", or cut short after its colon: "17:".
    size_t d = 0;
    while (d < time.size() && std::isdigit(static_cast<unsigned char>(time[d]))) ++d;
    if (d < 1 || d > 2 || d >= time.size() || time[d] != ':') return false;
    const std::string_view minutes = time.substr(d + 1);
    return minutes.size() <= 2 &&
           std::all_of(minutes.begin(), minutes.end(), digit);
  }
  return false;
}

bool is_time_zone(std::string_view word) {
  if (word.size() >= 2 && word.front() == '(' && word.back() == ')') word = word.substr(1, word.size() - 2);
  return word.size() >= 2 && word.size() <= 5 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace osce
