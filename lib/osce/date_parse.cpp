#include "osce/date_parse.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/regex.hpp>

#include "osce/text_lines.hpp"

namespace osce {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};

// Russian and Ukrainian months, lower case, in the forms dates write them:
// nominative, genitive ("12 июля 2023 года", "12 липня 2023 року") and
// locative ("в июле 2023 года", "у липні").
struct CyrillicMonth {
  std::string_view form;
  int month;
};
constexpr auto kCyrillicMonths = std::to_array<CyrillicMonth>({
    {"январь", 1},    {"января", 1},    {"январе", 1},    {"февраль", 2},   {"февраля", 2},   {"феврале", 2},
    {"март", 3},      {"марта", 3},     {"марте", 3},     {"апрель", 4},    {"апреля", 4},    {"апреле", 4},
    {"май", 5},       {"мая", 5},       {"мае", 5},       {"июнь", 6},      {"июня", 6},      {"июне", 6},
    {"июль", 7},      {"июля", 7},      {"июле", 7},      {"август", 8},    {"августа", 8},   {"августе", 8},
    {"сентябрь", 9},  {"сентября", 9},  {"сентябре", 9},  {"октябрь", 10},  {"октября", 10},  {"октябре", 10},
    {"ноябрь", 11},   {"ноября", 11},   {"ноябре", 11},   {"декабрь", 12},  {"декабря", 12},  {"декабре", 12},
    {"січень", 1},    {"січня", 1},     {"січні", 1},     {"лютий", 2},     {"лютого", 2},    {"лютому", 2},
    {"березень", 3},  {"березня", 3},   {"березні", 3},   {"квітень", 4},   {"квітня", 4},    {"квітні", 4},
    {"травень", 5},   {"травня", 5},    {"травні", 5},    {"червень", 6},   {"червня", 6},    {"червні", 6},
    {"липень", 7},    {"липня", 7},     {"липні", 7},     {"серпень", 8},   {"серпня", 8},    {"серпні", 8},
    {"вересень", 9},  {"вересня", 9},   {"вересні", 9},   {"жовтень", 10},  {"жовтня", 10},   {"жовтні", 10},
    {"листопад", 11}, {"листопада", 11}, {"листопаді", 11}, {"грудень", 12}, {"грудня", 12},   {"грудні", 12},
    // Serbian (nominative and genitive, "26. новембар 2025", "26. новембра")
    // and Macedonian ("26 ноември 2025") where they differ from the above.
    {"јануар", 1},    {"јануара", 1},   {"јануари", 1},   {"фебруар", 2},   {"фебруара", 2},  {"февруари", 2},
    {"април", 4},     {"априла", 4},    {"мај", 5},       {"маја", 5},      {"јун", 6},       {"јуна", 6},
    {"јуни", 6},      {"јул", 7},       {"јула", 7},      {"јули", 7},      {"септембар", 9}, {"септембра", 9},
    {"септември", 9}, {"октобар", 10},  {"октобра", 10},  {"октомври", 10}, {"новембар", 11}, {"новембра", 11},
    {"ноември", 11},  {"децембар", 12}, {"децембра", 12}, {"декември", 12},
});

// The months of the Latin-script languages but English, lower case, as
// dates write them after the day: Bosnian, Montenegrin and Serbian,
// nominative and genitive ("26. novembar 2025", "15. marta 2024"); the
// Organization's other official languages, French, German, Italian and
// Spanish ("12 juillet 2023", "12. Juli 2023", "12 luglio 2023", "12 de
// julio de 2023"), Austrian German's "Jänner" among them (the Organization
// sits in Vienna); and the other languages of its participating States that
// write the day first and the month in Latin letters, in the form a date
// gives it (the genitive in Polish, Czech, Slovak and Slovenian, "12 lipca
// 2023", "12. července 2023", the partitive in Finnish, "12. heinäkuuta
// 2023"). Where two languages share a form they give it the same month.
// (Croatian's own names, "studenoga", are not among them: its "listopada"
// is October, Polish's November.) German and Turkish write their months
// capitalized: `capitalized` marks the forms that may be read so (see
// latin_month_number).
struct LatinMonth {
  std::string_view form;
  int month;
  bool capitalized = false;
};
constexpr auto kLatinMonths = std::to_array<LatinMonth>({
    {"januar", 1, true}, {"januara", 1},    {"februar", 2, true}, {"februara", 2},   {"mart", 3, true},
    {"marta", 3},        {"april", 4, true}, {"aprila", 4},      {"maj", 5},         {"maja", 5},
    {"jun", 6},          {"juna", 6},       {"juni", 6, true},   {"jul", 7},         {"jula", 7},
    {"juli", 7, true},   {"avgust", 8},     {"avgusta", 8},      {"august", 8, true}, {"augusta", 8},
    {"septembar", 9},    {"septembra", 9},  {"oktobar", 10},     {"oktobra", 10},    {"novembar", 11},
    {"novembra", 11},    {"decembar", 12},  {"decembra", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5, true}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12},
    // German, where it differs from the above
    {"jänner", 1, true}, {"märz", 3, true}, {"september", 9, true}, {"oktober", 10, true},
    {"november", 11, true}, {"dezember", 12, true},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"marzo", 3}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"agosto", 8}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9},
    {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    // Romanian
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6}, {"iulie", 7},
    {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    // Polish
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"czerwca", 6}, {"lipca", 7},
    {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"listopada", 11}, {"grudnia", 12},
    // Czech
    {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5},
    {"června", 6}, {"července", 7}, {"srpna", 8}, {"září", 9},
    {"října", 10}, {"listopadu", 11}, {"prosince", 12},
    // Slovak and Slovenian, where they differ from the above
    {"januára", 1}, {"februára", 2}, {"apríla", 4}, {"mája", 5}, {"júna", 6},
    {"júla", 7}, {"októbra", 10}, {"januarja", 1}, {"februarja", 2}, {"junija", 6},
    {"julija", 7},
    // Dutch, Danish, Norwegian and Swedish, where they differ from the above
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"marts", 3}, {"mei", 5}, {"augustus", 8}, {"augusti", 8},
    {"desember", 12},
    // Estonian and Finnish
    {"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6}, {"juuli", 7},
    {"oktoober", 10}, {"detsember", 12},
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},
    {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10},
    {"marraskuuta", 11}, {"joulukuuta", 12},
    // Albanian
    {"janar", 1}, {"shkurt", 2}, {"prill", 4}, {"qershor", 6}, {"korrik", 7}, {"gusht", 8}, {"shtator", 9},
    {"tetor", 10}, {"nëntor", 11}, {"dhjetor", 12},
    // Turkish, capitalized
    {"ocak", 1, true}, {"şubat", 2, true}, {"nisan", 4, true}, {"mayıs", 5, true},
    {"haziran", 6, true}, {"temmuz", 7, true}, {"ağustos", 8, true}, {"eylül", 9, true},
    {"ekim", 10, true}, {"kasım", 11, true}, {"aralık", 12, true},
});

// `word` in small letters, written to `out` (room for word.size() bytes):
// its ASCII capitals and its Latin capitals of two bytes ("Ú", "Ş", "Č":
// see small_latin_second_byte); other bytes as they are.
std::string_view latin_lower(std::string_view word, char* out) {
  for (size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    out[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : word[k];
    if (c >= 0xC3 && k + 1 < word.size()) {
      out[k + 1] = static_cast<char>(small_latin_second_byte(c, static_cast<unsigned char>(word[k + 1])));
      ++k;
    }
  }
  return std::string_view(out, word.size());
}

// The form `word` is, its capitals in lower case; nullptr for none.
// (Asked of every word after a number in a text: its first letter and its
// length rule out most before any comparison, "per", "participants", "the",
// "years". A word that opens with a letter past ASCII, "února", "Şubat", few
// do, is compared.)
const LatinMonth* latin_month(std::string_view word) {
  constexpr size_t kLongest = 13;  // "października"
  if (word.size() < 3 || word.size() > kLongest) return nullptr;
  // Per first letter, a bit per length in bytes of the forms that open with it.
  constexpr std::array<uint16_t, 26> kLengths = [] {
    std::array<uint16_t, 26> lengths{};
    for (const LatinMonth& m : kLatinMonths) {
      if (m.form[0] < 'a' || m.form[0] > 'z') continue;
      lengths[static_cast<size_t>(m.form[0] - 'a')] |= static_cast<uint16_t>(1u << m.form.size());
    }
    return lengths;
  }();
  if (static_cast<unsigned char>(word[0]) < 0x80) {
    const char first = static_cast<char>(word[0] | 0x20);
    if (first < 'a' || first > 'z') return nullptr;
    if ((kLengths[static_cast<size_t>(first - 'a')] >> word.size() & 1) == 0) return nullptr;
  }
  char w[kLongest];
  const std::string_view lower = latin_lower(word, w);
  for (const LatinMonth& m : kLatinMonths) {
    if (m.form.size() == lower.size() && m.form[0] == lower[0] && m.form == lower) return &m;
  }
  return nullptr;
}

// The weekdays of the languages whose dates are read after their day (see
// kLatinMonths), whole, in lower case, 0 for Sunday: French, German,
// Italian, Spanish, Bosnian, Croatian, Montenegrin and Serbian, and the
// other participating States' whose months are read (Albanian's, of two
// words, are not). (A date line opens with one: "Martes, 3 de noviembre de
// 2020", "Marți, 5 iulie 2022" name no place.)
struct OtherWeekday {
  std::string_view name;
  int number;
};
constexpr auto kOtherWeekdays = std::to_array<OtherWeekday>({
    {"dimanche", 0}, {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5}, {"samedi", 6},
    {"sonntag", 0}, {"montag", 1}, {"dienstag", 2}, {"mittwoch", 3}, {"donnerstag", 4}, {"freitag", 5},
    {"samstag", 6},
    {"domenica", 0}, {"luned\xC3\xAC", 1}, {"marted\xC3\xAC", 2}, {"mercoled\xC3\xAC", 3}, {"gioved\xC3\xAC", 4},
    {"venerd\xC3\xAC", 5}, {"sabato", 6},
    {"domingo", 0}, {"lunes", 1}, {"martes", 2}, {"mi\xC3\xA9rcoles", 3}, {"jueves", 4}, {"viernes", 5},
    {"s\xC3\xA1" "bado", 6},
    {"nedjelja", 0}, {"nedelja", 0}, {"ponedjeljak", 1}, {"ponedeljak", 1}, {"utorak", 2}, {"srijeda", 3},
    {"sreda", 3}, {"\xC4\x8D" "etvrtak", 4}, {"petak", 5}, {"subota", 6},
    // Romanian (ț with its comma or its cedilla, or none), Polish, Czech, Slovak, Slovenian
    {"duminică", 0}, {"duminica", 0}, {"luni", 1}, {"marți", 2}, {"marţi", 2}, {"marti", 2}, {"miercuri", 3},
    {"joi", 4}, {"vineri", 5}, {"sâmbătă", 6}, {"sambata", 6},
    {"niedziela", 0}, {"poniedziałek", 1}, {"wtorek", 2}, {"środa", 3}, {"czwartek", 4}, {"piątek", 5},
    {"sobota", 6},
    {"neděle", 0}, {"pondělí", 1}, {"úterý", 2}, {"středa", 3}, {"čtvrtek", 4}, {"pátek", 5},
    {"nedeľa", 0}, {"pondelok", 1}, {"utorok", 2}, {"streda", 3}, {"štvrtok", 4}, {"piatok", 5},
    {"ponedeljek", 1}, {"torek", 2}, {"četrtek", 4}, {"petek", 5},
    // Portuguese, Dutch, Swedish, Danish and Norwegian, Finnish, Estonian, Turkish
    {"segunda-feira", 1}, {"terça-feira", 2}, {"quarta-feira", 3}, {"quinta-feira", 4}, {"sexta-feira", 5},
    {"zondag", 0}, {"maandag", 1}, {"dinsdag", 2}, {"woensdag", 3}, {"donderdag", 4}, {"vrijdag", 5},
    {"zaterdag", 6},
    {"söndag", 0}, {"måndag", 1}, {"tisdag", 2}, {"onsdag", 3}, {"torsdag", 4}, {"fredag", 5}, {"lördag", 6},
    {"søndag", 0}, {"mandag", 1}, {"tirsdag", 2}, {"lørdag", 6},
    {"sunnuntai", 0}, {"maanantai", 1}, {"tiistai", 2}, {"keskiviikko", 3}, {"torstai", 4}, {"perjantai", 5},
    {"lauantai", 6},
    {"pühapäev", 0}, {"esmaspäev", 1}, {"teisipäev", 2}, {"kolmapäev", 3}, {"neljapäev", 4}, {"reede", 5},
    {"laupäev", 6},
    {"pazar", 0}, {"pazartesi", 1}, {"salı", 2}, {"çarşamba", 3}, {"perşembe", 4}, {"cuma", 5},
    {"cumartesi", 6},
});
// kOtherWeekdays' indices in the order of their names' first bytes, and
// where each first byte's run begins: a name is compared with the few that
// open as it does. (Built at compile time, so the table reads in its
// languages' order.)
constexpr auto kWeekdaysByFirstByte = [] {
  std::array<uint8_t, kOtherWeekdays.size()> order{};
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<uint8_t>(k);
  auto first_byte = [](uint8_t k) { return static_cast<unsigned char>(kOtherWeekdays[k].name[0]); };
  std::sort(order.begin(), order.end(), [&](uint8_t a, uint8_t b) { return first_byte(a) < first_byte(b); });
  return order;
}();
constexpr auto kWeekdaysFrom = [] {
  std::array<size_t, 257> from{};
  for (const OtherWeekday& w : kOtherWeekdays) ++from[static_cast<unsigned char>(w.name[0]) + 1];
  for (size_t b = 1; b < from.size(); ++b) from[b] += from[b - 1];
  return from;
}();
// The longest English name, "wednesday".
constexpr size_t kLongestWeekday = 9;

}  // namespace

int cyrillic_month_number(std::string_view word) {
  // Two bytes a letter; the longest form has nine letters.
  char w[20];
  if (word.size() < 6 || word.size() > sizeof w || word.size() % 2 != 0) return 0;
  word.copy(w, word.size());
  // A capital first letter (a month that opens a sentence or a heading) in
  // lower case: А-П are D0 90-9F (а-п D0 B0-BF), Р-Я D0 A0-AF (р-я D1
  // 80-8F). Every month's first letter is among them.
  const auto lead = static_cast<unsigned char>(w[0]), second = static_cast<unsigned char>(w[1]);
  if (lead == 0xD0 && second >= 0x90 && second <= 0x9F) {
    w[1] = static_cast<char>(second + 0x20);
  } else if (lead == 0xD0 && second >= 0xA0 && second <= 0xAF) {
    w[0] = static_cast<char>(0xD1), w[1] = static_cast<char>(second - 0x20);
  }
  const std::string_view lower(w, word.size());
  for (const CyrillicMonth& m : kCyrillicMonths) {
    if (m.form == lower) return m.month;
  }
  return 0;
}

std::string padded(int value, int width) {
  if (value < 0) {  // "-001": the sign inside the width; not a date's, but as snprintf has it
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, value);
    return buf;
  }
  char digits[16];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  const auto n = static_cast<int>(end - digits);
  std::string out(static_cast<size_t>(n < width ? width - n : 0), '0');
  out.append(digits, end);
  return out;
}

std::string iso_date(int year, int month, int day) {
  if (year >= 1000 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    // The date's ten bytes written in place, as almost every date is.
    std::string out = "0000-00-00";
    for (int k = 3, y = year; k >= 0; --k, y /= 10) out[static_cast<size_t>(k)] = static_cast<char>('0' + y % 10);
    out[5] = static_cast<char>('0' + month / 10), out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10), out[9] = static_cast<char>('0' + day % 10);
    return out;
  }
  return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

int month_number_of(std::string_view word) {
  char w[12];
  size_t n = 0;
  for (char c : word) {
    if (n == sizeof w) return 0;
    w[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (n > 0 && w[n - 1] == '.') --n;
  if (n < 3) return 0;
  const std::string_view lower(w, n);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    // Most words share no first letter with a month ("the", "for"): out
    // before any comparison of bytes.
    if (kMonths[i][0] != lower[0]) continue;
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
    if ((n == 3 || lower == "sept") && kMonths[i].substr(0, n) == lower) return static_cast<int>(i) + 1;
  }
  return 0;
}

int latin_month_number(std::string_view word, bool year_after) {
  // (Before its year, a capitalized name of six bytes or more: the shorter
  // are given names too, "Marta", "Maja", "Julio", "Avril".)
  constexpr size_t kNoNameBytes = 6;
  const LatinMonth* m = latin_month(word);
  const bool capitalized_read = m != nullptr && (m->capitalized || (year_after && word.size() >= kNoNameBytes));
  return m == nullptr || (starts_capitalized(word) && !capitalized_read) ? 0 : m->month;
}

int weekday_number(std::string_view name) {
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  char lower[16];  // "poniedziałek", "segunda-feira": thirteen bytes
  if (name.size() < 3 || name.size() > sizeof lower) return -1;
  if (name.size() <= kLongestWeekday) {
    for (size_t k = 0; k < name.size(); ++k) lower[k] = static_cast<char>(name[k] | 0x20);
    // The name, or the start of it: "Fri", "Thurs", "Wednes".
    for (size_t d = 0; d < kWeekdayNames.size(); ++d) {
      if (kWeekdayNames[d].starts_with(std::string_view(lower, name.size()))) return static_cast<int>(d);
    }
  }
  // Or the whole name in another of the languages whose dates are read, its
  // capital in lower case ("Č", "Ś", "Ú": see small_latin_second_byte).
  const std::string_view word = latin_lower(name, lower);
  // (Only the names of its first byte are compared: see kWeekdaysByFirstByte.)
  const auto first = static_cast<unsigned char>(word[0]);
  for (size_t k = kWeekdaysFrom[first]; k < kWeekdaysFrom[first + 1]; ++k) {
    const OtherWeekday& w = kOtherWeekdays[kWeekdaysByFirstByte[k]];
    if (w.name == word) return w.number;
  }
  return -1;
}

int reading_on_weekday(int year, int first, int second, int weekday) {
  if (weekday < 0) return 0;
  auto falls_on = [&](int month, int day) {
    return is_calendar_date(year, month, day) &&
           boost::gregorian::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                  static_cast<unsigned short>(day))
                   .day_of_week()
                   .as_number() == weekday;
  };
  const bool day_first = falls_on(second, first), month_first = falls_on(first, second);
  return day_first == month_first ? 0 : day_first ? 1 : -1;
}

bool is_calendar_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  try {
    // Boost checks the day against the month's real length, leap years included.
    boost::gregorian::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                             static_cast<unsigned short>(day));
    return !d.is_special();
  } catch (const std::out_of_range&) {
    return false;
  }
}

namespace {

// A Russian or Ukrainian whole date, a weekday perhaps before it and the
// year's word after it: "среда, 7 декабря 2011 г.", "3 липня 2024 року".
// (Its own regex, asked only of text with Cyrillic in it.) A Ukrainian
// weekday may hold an apostrophe, "п'ятниця", written ', ’ or ʼ.
const boost::regex& cyrillic_day_month_year() {
  static const boost::regex re(
      R"((?:(?:[\xD0\xD1][\x80-\xBF]|'|\xE2\x80\x99|\xCA\xBC){4,12},?\s+)?(\d{1,2})\s+((?:[\xD0\xD1][\x80-\xBF]){3,9}),?\s+(\d{4}))"
      R"((?:\s+(?:\xD0\xB3\.?|\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0|\xD1\x80\.?|\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83))?)");
  return re;
}

}  // namespace

WholeDate read_whole_date(std::string_view text, SlashOrder order) {
  // Built once: regexes are costly to compile and this runs per record.
  static const std::string kWeekdayName =
      R"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Thur|Fri|Sat|Sun)\.?)";
  static const std::string kWeekday = "(?:(?:" + kWeekdayName + R"(),?\s+)?)";
  // (The day may be written as an ordinal, as date_scan reads it: "4th July
  // 2023", "July 4th, 2023", "07th July, 2021".)
  static const std::string kOrdinal = "(?:st|nd|rd|th)?";
  static const boost::regex kDayMonthYear(kWeekday + R"((\d{1,2}))" + kOrdinal +
                                          R"(\.?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4}))");
  static const boost::regex kMonthDayYear(kWeekday + R"(([A-Za-z]{3,9}\.?)\s+(\d{1,2}))" + kOrdinal +
                                          R"(,?\s+(\d{4}))");
  static const boost::regex kIso(R"((\d{4})-(\d{2})-(\d{2}))");
  // The Organization's other languages in Latin letters, where the month's
  // name has a letter past ASCII or Spanish's "de" stands around it: "1er
  // février 2023", "12. März 2023", "1º agosto 2023", "12 de julio de 2023".
  // (Their months in ASCII letters, "12 luglio 2023", are kDayMonthYear's.)
  static const boost::regex kLatinDayMonthYear(std::string(R"((\d{1,2}))") + kLatinAfterDay + kLatinMonthName +
                                               kLatinBeforeYear + R"((\d{4}))");
  // "14.03.2023" is day first wherever dots are written; "03/14/2023" and
  // "14-03-2023" are either, as the site that wrote them has it.
  // The weekday caught here: it tells "Fri, 10/06/2023" (6 October, a
  // Friday) from 10 June.
  static const boost::regex kNumeric("(?:(" + kWeekdayName + R"(),?\s+)?(\d{1,2})([./-])(\d{1,2})\3(\d{4}))");
  // The time a feed or a page's metadata may add: "Tue, 03/14/2023 - 10:21",
  // "14 March 2023, 10:21 am", "2023-03-14 10:21:05", "12 July 2023 at 9.30 CET",
  // "21.12.2024. 13:56" (the Balkan languages' period after the year),
  // "30 Sep. 2022 / 14:35".
  static const boost::regex kWithTime(R"((.*?\d)\s*(?:,|-|\xE2\x80\x93|\||/|at|T|\.)?\s*)"  // the date, a separator
                                      R"(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?)");
  std::string s(trim(text));
  boost::smatch m;
  if (s.find_first_of(":.") != std::string::npos && boost::regex_match(s, m, kWithTime)) s = m[1].str();
  int y = 0, mo = 0, d = 0;
  if (boost::regex_match(s, m, kIso)) {
    y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
  } else if (boost::regex_match(s, m, kDayMonthYear)) {
    d = std::stoi(m[1]), y = std::stoi(m[3]);
    mo = month_number(m[2].str());
    if (mo == 0) mo = latin_month_number(m[2].str(), /*year_after=*/true);
  } else if (boost::regex_match(s, m, kMonthDayYear)) {
    mo = month_number(m[1].str()), d = std::stoi(m[2]), y = std::stoi(m[3]);
  } else if (!s.empty() && (std::isdigit(static_cast<unsigned char>(s[0])) || static_cast<unsigned char>(s[0]) >= 0xD0) &&
             s.find_first_of("\xD0\xD1") != std::string::npos && boost::regex_match(s, m, cyrillic_day_month_year())) {
    d = std::stoi(m[1]), mo = cyrillic_month_number(m[2].str()), y = std::stoi(m[3]);
  } else if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0])) && may_hold_a_latin_date(s) &&
             boost::regex_match(s, m, kLatinDayMonthYear)) {
    d = std::stoi(m[1]), mo = latin_month_number(m[2].str(), /*year_after=*/true), y = std::stoi(m[3]);
  } else if (boost::regex_match(s, m, kNumeric)) {
    const int a = std::stoi(m[2]), b = std::stoi(m[4]);
    y = std::stoi(m[5]);
    const bool day_first = is_calendar_date(y, b, a), month_first = is_calendar_date(y, a, b);
    // Both readings are dates: the weekday written with it decides, then the
    // site's order.
    const int on_weekday = reading_on_weekday(y, a, b, m[1].matched ? weekday_number(m[1].str()) : -1);
    bool read_day_first;
    if (m[3] == "." || !month_first) {
      read_day_first = true;
    } else if (!day_first || a == b) {
      read_day_first = false;
    } else if (on_weekday != 0) {
      read_day_first = on_weekday > 0;
    } else if (order != SlashOrder::kUnambiguous) {
      read_day_first = order == SlashOrder::kDayFirst;
    } else {
      return {true, ""};  // a date, but 03/04/2023 may be either day
    }
    d = read_day_first ? a : b;
    mo = read_day_first ? b : a;
  } else {
    return {};
  }
  if (!is_calendar_date(y, mo, d)) return {};
  return {true, iso_date(y, mo, d)};
}

WholeDate read_first_day(std::string_view text, SlashOrder order) {
  // (Asked of every line of a record's head: one as short as such a date,
  // that ends in its year, goes on.)
  constexpr size_t kLongest = sizeof "September 29 \xE2\x80\x93 30, 2022";
  if (text.size() < 10 || text.size() > 2 * kLongest || !std::isdigit(static_cast<unsigned char>(text.back()))) return {};
  const std::string_view s = trim(text);
  if (s.size() > kLongest) return {};
  size_t i = 0;
  auto digits = [&] {
    const size_t from = i;
    while (i < s.size() && i - from < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i - from >= 1 && i - from <= 2 ? s.substr(from, i - from) : std::string_view{};
  };
  auto spaces = [&] {
    while (i < s.size() && s[i] == ' ') ++i;
  };
  // The month may come first ("July 7-11, 2018").
  std::string_view month;
  if (!s.empty() && std::isalpha(static_cast<unsigned char>(s[0]))) {
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    month = s.substr(0, i);
    if (month_number(month) == 0) return {};
    spaces();
  }
  const std::string_view first = digits();
  if (first.empty()) return {};
  spaces();
  // A hyphen, an en dash or an em dash.
  if (i < s.size() && s[i] == '-') {
    ++i;
  } else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") {
    i += 3;
  } else {
    return {};
  }
  spaces();
  const std::string_view last = digits();
  if (last.empty() || i >= s.size() || (s[i] != ' ' && s[i] != ',')) return {};
  int from_day = 0, to_day = 0;
  std::from_chars(first.data(), first.data() + first.size(), from_day);
  std::from_chars(last.data(), last.data() + last.size(), to_day);
  if (to_day <= from_day) return {};
  // Both days are the calendar's ("30 - 31 June 2023" is not).
  auto day = [&](std::string_view d) {
    std::string one_day;
    if (!month.empty()) one_day.append(month).append(" ");
    one_day.append(d).append(s.substr(i));
    return read_whole_date(one_day, order);
  };
  if (!day(last).found) return {};
  return day(first);
}

std::optional<std::string> parse_full_date(std::string_view text) {
  WholeDate whole = read_whole_date(text);
  if (whole.iso.empty()) return std::nullopt;
  return std::move(whole.iso);
}

}  // namespace osce
