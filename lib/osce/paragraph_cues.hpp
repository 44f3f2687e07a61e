// What one paragraph's own words say about where it stands in a news item:
// how it opens ("He said", "A three-week course", "On 10 July"), whether it
// closes an item (contacts, links). osce-split weighs these with the cues
// that compare paragraphs; each reads only the paragraph given, mostly its
// first bytes, since it runs for every paragraph of every page.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace osce {

// The words of `text`: runs of ASCII letters, digits and UTF-8 sequences,
// with '-' and '\'' inside them; curly quotes and dashes cut off their ends.
std::vector<std::string_view> words_of(std::string_view text);

// Whether `word` occurs in `text` as a whole word.
bool has_word(std::string_view text, std::string_view word);

// The paragraph opens as the continuation of another: a pronoun ("He",
// "Their"), a definite reference to an event ("The training", "The
// participants"), a connective ("However", "As a result").
bool opens_as_continuation(std::string_view t);

// A paragraph whose first words, past its subject, link it to what stands
// above: "Serbia is thus to become ...", "The Ambassador also met ...",
// "The Mission, however, ..." (one of a few adverbs among its second to
// sixth words, in its first sentence, or so counted from the comma of a
// short phrase of time or place that opens it: "While in the region, the
// Co-Chairs also met ...").
bool links_back_in_first_words(std::string_view t);

// The paragraph opens with a frame of occasion or time that names its
// occasion afresh: "As part of the 27th OSCE Ministerial Council, the five
// chairpersons ...", "Following the Permanent Council's decision, ...". Such
// openers go on from what stands above as a rule ("During his visit", "At
// the meeting": see opens_as_continuation), but a lead under its headline
// may open so too.
bool opens_with_a_named_frame(std::string_view t);

// The title the paragraph's subject is, bare: "The Co-Chairs met ...",
// "The Programme Office supports ...": "The", one to three capitalized
// words (no abbreviation in capitals: "The OSCE opened ..." names the
// Organization as a lead does), then a verb's lower-case word rather than
// what would qualify the title ("The Co-Chairs of the OSCE Minsk Group"). A
// lead introduces its people and offices in full; a paragraph further on
// takes them up so. Empty for none.
std::string_view bare_title_subject(std::string_view t);

// The paragraph refers back in its first words, as only a paragraph inside
// a text does: a personal pronoun or a connective first ("He said ...",
// "However, ...", "In the meantime, ..."), or a linking adverb in its
// first words ("The official also stressed ...": links_back_in_first_words).
// A lead under a headline names whom it speaks of.
bool refers_back_at_once(std::string_view t);

// The paragraph opens with an indefinite noun phrase or a count, something
// the text has not mentioned yet: "A three-week course", "An exchange of",
// "Over 25 experts", "120 border guards". Four digits may be a year ("2023
// was"), so a count has three at most.
bool opens_with_new_entity(std::string_view t);

// The paragraph opens by naming someone in full with their office, as its
// subject: "Minister of Foreign Affairs Nikola Selakovic talked today ...",
// "Kazakh Foreign Affairs Minister Mukhtar Tileuberdi commented ...", "The
// OSCE Secretary General, Helga Maria Schmid continues ...". A news lead
// introduces its people so; a paragraph further on takes them up by the
// surname or a pronoun. (Two names or more after the last word of the
// office: "Minister Dačić also said" names no one anew.)
bool opens_with_office_and_name(std::string_view t);

// Whether `w` is one of the small words that link a name's words, in lower
// case there ("Office for Democratic Institutions and Human Rights", "Action
// against Terrorism Unit"): a name has no other words in lower case, where a
// headline or a sentence has words of its own.
bool links_a_names_words(std::string_view w);

// The paragraph describes an institution, as many an item ends: its name
// spelled out (two capitalized words or more), perhaps "one of ..." after a
// comma, then what it is: "The Permanent Council, one of the main regular
// decision-making bodies of the Organization, convenes weekly ...", "The
// OSCE Representative on Freedom of the Media is the ...", "... was
// established in ...". ("The Mission calls upon ..." says what it does.)
bool describes_an_institution(std::string_view t);

// The paragraph is an entry of a list: it opens with a list mark and a
// space ("- ", "* ", "• ", "· ", "– ") or with a number or a letter that
// counts ("1. ", "12) ", "a) ").
bool opens_a_list_entry(std::string_view t);

// The paragraph opens with a quotation mark, straight or curly.
bool opens_with_quote(std::string_view t);

// The line opens with a file's type, as a link's icon prints it before the
// document's title ("pdf News from Copenhagen 16", "PDF Annual Report"):
// the type in lower or upper case, a space, then a capital.
bool opens_with_file_type(std::string_view t);

// The paragraph ends with a quotation that a pronoun says: "... shattered,"
// he added.", "...», — заявил он.". The speaker was named before: a news
// item does not open so.
bool quote_by_pronoun(std::string_view t);

// The paragraph's subject, a word alone that may be someone's surname:
// "Monaco was born in Rome ...", "Berisha said ...". Its first word, one
// capital then lower-case letters, three or more, with a lower-case word
// after it that is no preposition or article ("Minister of ..." is a title,
// no surname); empty for none.
std::string_view opening_surname(std::string_view t);
// The same after a phrase of time, place or topic and its comma, in the
// paragraph's first 64 bytes: "Speaking about the elections in Serbia,
// Orizio stated ...", "On Monday, Thiede said ...".
std::string_view surname_after_phrase(std::string_view t);

// `text` names someone in full whose surname is `surname`: the word after
// another capitalized one inside a sentence ("... Vincenzo Del Monaco has
// been appointed ...", "... Ambassador Holtzapple reaffirmed ..."). News
// names a person in full once, then by the surname alone.
bool names_in_full(std::string_view text, std::string_view surname);

// The paragraph is a photo's caption: it ends with the photo's credit in
// brackets, "(OSCE/Firuz Nazarov)", "(Photo: OSCE)", or with what the
// picture is, "Paula Thiede (Image made from video)", or opens with
// "Photo:", "Photo by", "Picture courtesy", "Image credit", "Фото:", "©",
// or an agency's or a picture library's name and a slash, "Reuters/Jane
// Doe", "Flickr / OSCE" (a credit line of its own under the caption).
// (Inline, its first and last bytes first: osce-split asks it of most
// paragraphs, and few open with a prefix's first byte or end in a bracket.)
inline constexpr std::array<bool, 256> kPhotoCreditFirstBytes = [] {
  std::array<bool, 256> first{};
  // Photo, Picture; Image; Фото; Foto, Kuva, Bild; ©; the agencies and
  // libraries: AFP, AP Photo, EPA, Flickr, Getty Images, Reuters,
  // Shutterstock, Unsplash, Wikimedia Commons.
  for (char c : {'P', 'I', '\xD0', 'F', 'K', 'B', '\xC2', 'A', 'E', 'G', 'R', 'S', 'U', 'W'}) {
    first[static_cast<unsigned char>(c)] = true;
  }
  return first;
}();
bool is_photo_caption_past_its_bytes(std::string_view t);
inline bool is_photo_caption(std::string_view t) {
  if (t.size() < 6) return false;
  return (t.back() == ')' || kPhotoCreditFirstBytes[static_cast<unsigned char>(t[0])]) &&
         is_photo_caption_past_its_bytes(t);
}

// The text says where the people in a photo stand, in brackets: "Volker
// Frobarth (left) and Meder Abakirov", "(second from right)", "(l-r)". A
// caption's line; asked of short lines only (it reads every bracket).
bool shows_where_people_stand(std::string_view t);

// A link to the item's photos or videos, as news sites print it between a
// headline and its lead: "more 2 photos", "Photo gallery", "12 photos",
// "Watch the video". A line of at most four words, no sentence.
bool is_gallery_link(std::string_view t);

// A speech or a delegation's statement opens by addressing the chair or
// the audience: "Thank you, Mr. Chair", "Madam Chairperson,", "Excellencies,",
// "Ladies and gentlemen", "Dear Ministers,"; or a speaker's text says it is
// one, "(Check against delivery)". Its paragraphs then shift names and
// subjects as a news stream's items do, and are still one text.
bool opens_an_address(std::string_view t);

// A headline that titles a speaker's own words, a transcript the text under
// it is: "Foreign Minister's remarks and answers to media questions at a
// news conference ...", "Speech by the Secretary General at ...", "Opening
// remarks by ...". The text under it shifts subjects as a speech does,
// whether or not it opens by addressing anyone.
bool titles_a_speech(std::string_view t);
// A paragraph that opens by addressing someone by their office and name and
// speaks to them: "Minister Borg, on behalf of the UK, I warmly welcome you".
bool opens_with_a_vocative(std::string_view t);

// The note on a speech's text as handed out, over its first words: "(check
// against delivery)", "CHECK AGAINST DELIVERY", "*Check against delivery*".
// A speech has one, at its top: a second one starts another speech.
// (Inline on the note's length, 22 to 30 bytes: osce-split asks it of every
// paragraph, and nearly every one is ruled out there.)
bool is_delivery_note_text(std::string_view t);
inline bool is_delivery_note(std::string_view t) { return t.size() >= 22 && t.size() <= 30 && is_delivery_note_text(t); }

// The line under a statement's title that says who delivered it (not the
// "check against delivery" note above): "As delivered by Ambassador Michael
// Carpenter", "Delivered by Ambassador Jane Roe, Permanent Representative
// ..., in the OSCE Permanent Council meeting on ...".
inline bool opens_a_delivered_by_line(std::string_view t) {
  return (t.size() > 16 && t[0] == 'A' && t.starts_with("As delivered by ")) ||
         (t.size() > 13 && t[0] == 'D' && t.starts_with("Delivered by "));
}

// Line `b` says line `a` again, as a page prints its headline twice (its
// title and the article's): five words or more each, and all of `a`'s
// words but one are `b`'s, or all of `b`'s but one `a`'s (a word added,
// left out, or carried over to the next line): "UNESCO Welcomes Release Of
// Jailed Cuban Journalist", then "UNESCO Chief Welcomes Release Of Jailed
// Cuban".
bool restates(std::string_view a, std::string_view b);

// A title that says it is a statement's, as a delegation or a ministry
// prints one over its text: "Statement by the Co-Chairs of ...", "Response
// to the Report by the Head of ...", "Remarks at ...", "Speech by ...", or
// the kind after the subject: "Response to ...: Statement to the PC".
bool titles_a_statement(std::string_view t);

// A note on whom a report is for, over its text: "This report is for media
// and the general public." (the Special Monitoring Mission's daily reports
// open so), "This update is for ...": "This", the text's kind, "is for".
// (Inline on its first bytes: osce-split asks it of every paragraph.)
bool is_audience_note_text(std::string_view t);
inline bool is_audience_note(std::string_view t) {
  // (Its first four bytes as one word: a chain of tests byte by byte was
  // mispredicted at every paragraph that opens with "The".)
  uint32_t first = 0;
  if (t.size() > 16) std::memcpy(&first, t.data(), 4);
  uint32_t this_word;
  std::memcpy(&this_word, "This", 4);
  return first == this_word && t[4] == ' ' && is_audience_note_text(t);
}

// The formula that ends such a speech: a short "Thank you." or "I thank you,
// Mr. Chair.", or the request to attach the statement to the journal of the
// meeting.
bool closes_an_address(std::string_view t);

// Contacts, links and "for more information": an e-mail address, a phone
// number, a URL, a closing phrase at either end ("Please contact", "...
// can be found here"), a contacts block's heading ("Contacts", "Media
// contact"), a post's hashtags on a line of their own ("#eng").
bool closes_an_item(std::string_view t, const char* readable_end = nullptr);

// A paragraph that opens as an item's close does, pointing past the text:
// "For further information please contact ...", "Contact:", "Follow us
// on ...", "Read more". (One of closes_an_item's tests.)
bool opens_as_a_close(std::string_view t);

// A line of hashtags alone, a post's tags under its text: "#eng", "#OSCE
// #Moldova". It closes the post in one line, as no contacts block does.
// (Not a Markdown heading, "# Title", "## Section", nor a rank, "#1": a
// tag opens with a letter.)
bool hashtags_alone(std::string_view t);

// An agency's sign-off on a line of its own: its web address ("News.Az",
// "/abcnews.al") or an editor's initials ("ish", "/ik/"). It ends the copy:
// no block of contacts runs on under it.
bool signs_off_copy(std::string_view t);

// A web address alone on its line, a site's name: "ru24.pro", "News.Az",
// "/abcnews.al", "example.org/" (no mailbox, no sentence). Under a copy it
// signs it off; over a page it is the site's masthead.
bool is_bare_web_address(std::string_view t);

// The surname of someone the first sentence introduces by office and full
// name between commas: "The OSCE Representative on Freedom of the Media,
// Harlem Desir, said ..." gives "Desir"; "The Head of the Centre,
// Ambassador John MacGregor, opened ..." gives "MacGregor". Empty if none.
std::string_view introduced_surname(std::string_view t);

// A contacts block's heading, a line of three words at most: "Contacts",
// "Media contact", "PRESS CONTACTS:".
bool heads_contacts(std::string_view t);

// A teaser's "Read More»" link (any case, a link's mark after it: » › → …
// or >) at the start of a line with the next teaser glued after it, as a
// list of statements is scraped: "Read More»The United States remains
// committed to ...". The link's length (the next
// teaser begins after it), or 0 when the line opens otherwise or the link
// stands alone.
size_t glued_more_link_after_read(std::string_view line);
// (Inline: every line of a page is asked, and "re" in any case rules out nearly all.)
inline size_t glued_more_link(std::string_view line) {
  return line.size() >= 12 && (line[0] | 0x20) == 'r' && (line[1] | 0x20) == 'e' ? glued_more_link_after_read(line)
                                                                                  : 0;
}

// A date in the first fifteen words: "On 10 July", "From 12 to 14 July",
// "started on 10 July". A month name counts only next to a number ("may" the
// verb is not). With `other_languages`, another language's month after its
// day too, "21 januari 2019", "3 lipca" (see latin_month_number): a head's
// line says when in its page's language; a paragraph's date is weighed as
// an item's opening in English only, where the cue was measured.
bool early_date(std::string_view t, bool other_languages = false);

// The abbreviation the first sentence of `t` spells out, "(RFoM)" or
// "(LPSCs)": two to eight letters in brackets, the first a capital, two at
// least; empty for none.
std::string_view defined_abbreviation(std::string_view t);

// The words of a text that grows at its end that an abbreviation may be
// (two to eight bytes, the first a capital), to ask has_word of all of it
// so far again and again in time linear in its length. osce-split asks,
// for each paragraph that spells out an abbreviation, whether the item so
// far uses it: a search of a long item from its start each time took time
// quadratic in the item's length.
class AbbreviationsSoFar {
 public:
  // Starts over with the text from `text[begin]` on.
  void reset(std::string_view text, size_t begin);
  // has_word(text[begin, end), word), for a `word` as defined_abbreviation
  // gives. `end` may not decrease between resets.
  bool has(std::string_view word, size_t end);

 private:
  std::string_view text_;
  size_t scanned_ = 0;  // the words that end before it are in words_
  std::unordered_set<std::string_view> words_;
};

// The first sentence reports an event: "... was held in Bishkek", "... took
// place", "... organized a training course".
bool reports_an_event(std::string_view t);

}  // namespace osce
