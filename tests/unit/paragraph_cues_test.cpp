// The paragraph cues read alone, each with the look-alikes it must refuse.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "osce/paragraph_cues.hpp"

using Words = std::vector<std::string_view>;

TEST_CASE("paragraph cues: words, with curly quotes and dashes cut off", "[cues]") {
  CHECK(osce::words_of("\xE2\x80\x9CThe co-Chairs\xE2\x80\x99 talks\xE2\x80\x9D, 12 July") ==
        Words{"The", "co-Chairs", "talks", "12", "July"});
  CHECK(osce::words_of(" \t ").empty());
  CHECK(osce::has_word("met the RFoM today", "RFoM"));
  CHECK_FALSE(osce::has_word("met the RFoMs today", "RFoM"));
  CHECK_FALSE(osce::has_word("", "RFoM"));
}

TEST_CASE("paragraph cues: openings", "[cues]") {
  CHECK(osce::opens_as_continuation("He added that the talks went well."));
  CHECK(osce::opens_as_continuation("As a result, the Centre supported the Ministry."));
  CHECK(osce::opens_as_continuation("We invite you to join us at the opening of the exhibition."));
  // The sides of the meeting the item reported.
  CHECK(osce::opens_as_continuation("The diplomats exchanged views on border co-operation."));
  CHECK(osce::opens_as_continuation("The two ministers agreed to meet again."));
  CHECK_FALSE(osce::opens_as_continuation("Weapons were handed over to the police."));  // "We" is a word
  CHECK_FALSE(osce::opens_as_continuation("In 2023 the Mission opened an office."));
  CHECK_FALSE(osce::opens_as_continuation("Helsinki hosted the Ministerial Council."));  // "He" is a word, not a prefix
  // The area's other languages: Finnish, German, Italian, Spanish, Turkish.
  CHECK(osce::opens_as_continuation("H\xC3\xA4n lis\xC3\xA4ksi kommentoi Valkoisen talon strategiapaperia."));
  CHECK(osce::opens_as_continuation("Lis\xC3\xA4ksi ministeri antaa haastatteluja."));
  CHECK(osce::opens_as_continuation("Zudem sprach er mit dem Au\xC3\x9F" "enminister."));
  CHECK(osce::opens_as_continuation("Inoltre, il ministro ha incontrato il Segretario generale."));
  CHECK(osce::opens_as_continuation("Sin embargo, la reuni\xC3\xB3n no termin\xC3\xB3."));
  CHECK(osce::opens_as_continuation("Ayr\xC4\xB1" "ca Bakan, AG\xC4\xB0T Genel Sekreteri ile "
                                    "g\xC3\xB6r\xC3\xBC\xC5\x9Ft\xC3\xBC."));
  CHECK_FALSE(osce::opens_as_continuation("Se celebr\xC3\xB3 la reuni\xC3\xB3n en Viena."));
  // A name, not "H\xC3\xA4n".
  CHECK_FALSE(osce::opens_as_continuation("H\xC3\xA4nninen avasi n\xC3\xA4yttelyn Helsingiss\xC3\xA4."));
  // Connectives weigh the paragraph against the one before.
  CHECK(osce::opens_as_continuation("Although Malta was recommended, the ministers will decide on Thursday."));
  CHECK(osce::opens_as_continuation("In the meantime, the Prime Minister met the Secretary General."));
  CHECK(osce::opens_as_continuation("Hence the Centre supported the Ministry."));
  CHECK_FALSE(osce::opens_as_continuation("Andorra joined the OSCE in 1996."));
  // An essay's links to what stands above.
  CHECK(osce::opens_as_continuation("In this context, the Chair raised the question of the budget."));
  CHECK(osce::opens_as_continuation("Against this background, we propose a narrower agenda."));
  CHECK(osce::opens_as_continuation("So, what is left of the consensus rule?"));
  CHECK_FALSE(osce::opens_as_continuation("Sofia hosted the seminar."));
  CHECK_FALSE(osce::opens_as_continuation("Some 40 judges met in Ohrid."));
  // The item's event, and a speaker named with a title.
  CHECK(osce::opens_as_continuation("The press conference will start at 10:00 in the hotel's hall."));
  CHECK(osce::opens_as_continuation("As Election Observation Mission Head Jane Doe pointed out, the law is new."));
  CHECK_FALSE(osce::opens_as_continuation("As Armenia prepares for the vote, the Office said it would observe it."));
  CHECK_FALSE(osce::opens_as_continuation("The OSCE Centre supported the Ministry."));
  // The event's people, as its participants.
  CHECK(osce::opens_as_continuation("The speakers\xE2\x80\x99 list included the Head of the Delegation."));
  CHECK(osce::opens_as_continuation("The organizers thanked the host."));
  CHECK(osce::opens_with_new_entity("A course opened."));
  CHECK(osce::opens_with_new_entity("Some 40 judges met."));
  CHECK_FALSE(osce::opens_with_new_entity("Some judges met."));
  CHECK_FALSE(osce::opens_with_new_entity("120 "));
  // A word a scraper broke after its first letter is no article.
  CHECK_FALSE(osce::opens_with_new_entity("A s it marks its anniversary, the Mission goes on."));
  CHECK(osce::opens_with_new_entity("A 3-day course opened."));
  CHECK_FALSE(osce::opens_with_new_entity(""));
  CHECK(osce::opens_with_quote("\"We must act,\" she said."));
  CHECK(osce::opens_with_quote("\xE2\x80\x9CWe must act,\xE2\x80\x9D she said."));
  CHECK_FALSE(osce::opens_with_quote("We must act, she said."));
  // Guillemets, and the low mark of German and the Balkan languages.
  CHECK(osce::opens_with_quote("« Nous réitérons notre soutien », ajoute-t-il."));
  CHECK(osce::opens_with_quote("„Wir müssen handeln“, sagte sie."));
  // French pronouns and links go on with the text above.
  CHECK(osce::opens_as_continuation("Il s’agit aussi du Représentant pour la liberté."));
  CHECK(osce::opens_as_continuation("En outre, la Mission a formé vingt juges."));
  CHECK_FALSE(osce::opens_as_continuation("Ilir Meta a reçu la Présidente."));
  // Bosnian, Croatian, Montenegrin, Serbian; "On" only in their text.
  CHECK(osce::opens_as_continuation("Ovakav razvoj situacije je jedna od opcija."));
  CHECK(osce::opens_as_continuation("Takođe, u toku dana, predstavnik se sastao sa premijerom."));
  CHECK(osce::opens_as_continuation(
      "On je danas razgovarao sa predstavnicima opštine i dogovorili su se da se uskoro sastanu i nastave razgovor."));
  CHECK_FALSE(osce::opens_as_continuation("On 10 July, in Tashkent, the Project Co-ordinator opened a course."));
}

TEST_CASE("paragraph cues: a linking adverb in a paragraph's first words", "[cues]") {
  for (const char* linked : {"Serbia is thus to become the first former Yugoslav state to chair it.",
                             "The Ambassador also met the Mayor of Livno.", "The Mission, however, regrets the delay.",
                             "The talks were therefore postponed until May.", "Turnout meanwhile fell to 40 per cent.",
                             "The delegation has already met the President.",
                             // After a phrase that opens the sentence, from its comma.
                             "While in the region, the Co-Chairs also met the Red Cross.",
                             "In Tbilisi, the Ambassador also met the Mayor.",
                             "Last week, the OSCE delegation had also met the Minister."}) {
    INFO(linked);
    CHECK(osce::links_back_in_first_words(linked));
  }
  // Past the sixth word, in a second sentence, capitalized or inside a longer word: no link back.
  for (const char* lead : {"The OSCE Mission to Serbia trained judges, and also police.",
                           "He left. The Mission also stayed.", "Thus Spoke the Chair, a play, opened in Vienna.",
                           "The Mission trained thirty policemen from Thusis.", "Also", " ", "",
                           // A clause before the comma, or a phrase too long to open one.
                           "Observers of the Office trained judges, and also police.",
                           "On the eve of the first round of the vote, the observers also met."}) {
    INFO(lead);
    CHECK_FALSE(osce::links_back_in_first_words(lead));
  }
}

TEST_CASE("paragraph cues: a link's file type before a document's title", "[cues]") {
  CHECK(osce::opens_with_file_type("pdf Mission Bulletin 24"));
  CHECK(osce::opens_with_file_type("PDF Annual Report 2019"));
  CHECK(osce::opens_with_file_type("docx Terms of Reference"));
  // A sentence's words, a type with no title after it, a type glued to a word.
  for (const char* other : {"of the Permanent Council", "pdf", "pdf ", "pdf version available", "pdfs Annual",
                            "doc. Annual"}) {
    CHECK_FALSE(osce::opens_with_file_type(other));
  }
}

TEST_CASE("paragraph cues: an entry of a list", "[cues]") {
  for (const char* entry : {"- Repeal criminal defamation laws;", "* Train police officers;",
                            "\xE2\x80\xA2 Train police officers;", "\xC2\xB7 Train police officers;",
                            "\xE2\x80\x93 Train police officers;", "1. Train police officers;",
                            "12) Train police officers;", "a) Train police officers;"}) {
    CHECK(osce::opens_a_list_entry(entry));
  }
  // A mark without its space, a year, a count, an initial, a line too short for an entry.
  for (const char* other : {"-based approach", "2023. It was a year", "120 border guards", "A. Smith said.",
                            "5.3 million", "-", "- ", "(a) see above"}) {
    CHECK_FALSE(osce::opens_a_list_entry(other));
  }
}

TEST_CASE("paragraph cues: each closing phrase, wherever the tail's blocks fall", "[cues]") {
  // The tail is the last 160 bytes, read 64 at a time: every phrase at
  // every offset of it is found, after a blank or at the tail's first byte,
  // and none after a letter.
  for (const std::string phrase : {"please contact", "can be found here", "is available here"}) {
    for (size_t before = 0; before + phrase.size() + 1 <= 160; ++before) {
      std::string filler(200 + before, 'y');
      for (size_t k = 1; k < filler.size(); k += 4) filler[k] = ' ';
      filler.back() = ' ';
      const std::string tail = phrase + ".";
      CHECK(osce::closes_an_item(filler + tail));
      std::string glued = filler + tail;
      glued[filler.size() - 1] = 'y';  // "yplease contact": no word starts there
      CHECK_FALSE(osce::closes_an_item(glued));
    }
  }
}

TEST_CASE("paragraph cues: an author's handle in a byline is no contact", "[cues]") {
  // An e-mail address closes an item; a handle in brackets after its
  // author's name is the byline's, under a headline.
  CHECK(osce::closes_an_item("For more details, write to press@osce.org"));
  CHECK(osce::closes_an_item("Contact: Jane Doe, jane.doe@odihr.pl, +48 22 520 06 00"));
  CHECK(osce::closes_an_item("Follow us on Twitter @OSCE"));
  CHECK_FALSE(osce::closes_an_item("Fahad Shabbir (@FahadShabbir) 1 minute ago Thu 03rd December 2020 | 05:30 PM"));
  CHECK_FALSE(osce::closes_an_item("By Jane Doe (@janedoe), 4 December 2020"));
}

TEST_CASE("paragraph cues: a post's hashtags on a line of their own close it", "[cues]") {
  for (const char* tags : {"#eng", "#OSCE #Moldova", "#Ukraine  #OSCE #peace"}) {
    INFO(tags);
    CHECK(osce::closes_an_item(tags));
  }
  // A Markdown heading, a tag inside a sentence, a number: no post's tags.
  for (const char* other : {"# Background", "## Our work", "#OSCE supports the talks in Vienna", "#1", "#"}) {
    INFO(other);
    CHECK_FALSE(osce::closes_an_item(other));
  }
}

TEST_CASE("paragraph cues: a web address alone on a line signs its item's copy", "[cues]") {
  for (const char* address : {"/example-news.al", "News.Az", "www.example.org", "example.org/"}) {
    INFO(address);
    CHECK(osce::closes_an_item(address));
  }
  // A document's symbol, a sentence, a city's abbreviated name: no address.
  for (const char* other : {"PC.DEC/1999", "The Mission closed its office.", "St.Petersburg", "U.S.", "Vienna"}) {
    INFO(other);
    CHECK_FALSE(osce::closes_an_item(other));
  }
}

TEST_CASE("paragraph cues: an agency's name in slashes after the last sentence signs the copy", "[cues]") {
  CHECK(osce::closes_an_item("The Minister praised the Commissioner's work for the prevention of conflicts. /APA/"));
  CHECK(osce::closes_an_item("The talks will go on in the spring. /Trend-News/"));
  // In a dateline, in a sentence, after no sentence's end, or a path: no sign-off.
  CHECK_FALSE(osce::closes_an_item("VIENNA, July 4. /TASS/. The Representative condemned the attack."));
  CHECK_FALSE(osce::closes_an_item("The report was published under /docs/"));
  CHECK_FALSE(osce::closes_an_item("The Minister praised the Commissioner /APA/"));
  CHECK_FALSE(osce::closes_an_item("Both sides agreed. /a/"));
}

TEST_CASE("paragraph cues: a lead that names someone in full with their office", "[cues]") {
  CHECK(osce::opens_with_office_and_name("Minister of Foreign Affairs Nikola Selakovic talked today with his "
                                         "counterpart."));
  CHECK(osce::opens_with_office_and_name("Kazakh Foreign Affairs Minister Mukhtar Tileuberdi commented on the "
                                         "appointment."));
  CHECK(osce::opens_with_office_and_name("The OSCE Secretary General, Helga Maria Schmid continues her visit to "
                                         "Georgia."));
  CHECK(osce::opens_with_office_and_name("Prime Minister Vlad Filat had a meeting with the new Head of Mission."));
  CHECK(osce::opens_with_office_and_name("Head of the OSCE Mission to Moldova Claus Neukirch visited the region."));
  // Taken up by the surname; quoted in the body; listed after their names;
  // no office at all.
  CHECK_FALSE(osce::opens_with_office_and_name("Minister Dacic also thanked the Mission for its support."));
  CHECK_FALSE(osce::opens_with_office_and_name("Elbasan Mayor Gledian Llatja said: \"We cannot be an island.\""));
  CHECK_FALSE(osce::opens_with_office_and_name("Luigi Ferrari, Ambassador of Italy to the country, also spoke."));
  CHECK_FALSE(osce::opens_with_office_and_name("OSCE PA President George Tsereteli (MP, Georgia) will lead them."));
  CHECK_FALSE(osce::opens_with_office_and_name("The OSCE Mission to Serbia organized a training for judges."));
  // A minister's compound, as German, the Nordic languages and Finnish write
  // it; and a party abbreviated after the name, as Finnish papers write it.
  CHECK(osce::opens_with_office_and_name("Au\xC3\x9F" "enminister Johann Wadephul reiste am Montag nach Wien."));
  CHECK(osce::opens_with_office_and_name("Ulkoministeri Elina Valtonen (kok.) esitteli torstaina ohjelman."));
  CHECK_FALSE(osce::opens_with_office_and_name("Ministerium und Polizei berieten am Montag in Wien."));
  CHECK_FALSE(osce::opens_with_office_and_name("In 2023, Minister Jane Doe opened the new border crossing."));
}

TEST_CASE("paragraph cues: photo captions", "[cues]") {
  CHECK(osce::is_photo_caption("Graduates at the ceremony in Khujand, 11 July 2023. (OSCE/Firuz Nazarov)"));
  CHECK(osce::is_photo_caption("The opening session (Photo: OSCE)"));
  CHECK(osce::is_photo_caption("Photo: OSCE/Jane Doe"));
  // The credit's label in the area's other languages.
  CHECK(osce::is_photo_caption("Kuva: Onni Isohella / Ruotuv\xC3\xA4ki"));
  CHECK(osce::is_photo_caption("Foto: OSCE/Jane Doe"));
  CHECK(osce::is_photo_caption("Fot\xC3\xB3: MTI"));
  CHECK(osce::is_photo_caption("Foto\xC4\x9Fraf: AA"));
  CHECK(osce::is_photo_caption("Bild: dpa"));
  CHECK_FALSE(osce::is_photo_caption("Fotografie als Beweismittel"));
  CHECK_FALSE(osce::is_photo_caption("Kuvan mukaan Valtonen puhui"));
  // What the picture is, in brackets after whom it shows.
  CHECK(osce::is_photo_caption("Paula Thiede (Image made from video)"));
  CHECK(osce::is_photo_caption("The Head of Mission at the roundtable (Screenshot)"));
  CHECK_FALSE(osce::is_photo_caption("Training on satellite analysis (Imagery Unit of the Centre)"));
  CHECK_FALSE(osce::is_photo_caption("The Office for Democratic Institutions and Human Rights (ODIHR)"));
  CHECK_FALSE(osce::is_photo_caption("Overview of OSCE Counter-Terrorism Related Commitments (2018)"));
  CHECK_FALSE(osce::is_photo_caption("The photographs (photos taken in 2019 by the OSCE/ODIHR team) " + std::string(60, 'x') + ")"));
  CHECK_FALSE(osce::is_photo_caption(""));
  CHECK(osce::is_photo_caption("Photo by Jane Doe"));
  CHECK(osce::is_photo_caption("OSCE Gavel (USOSCE/Colin Peters)"));
  CHECK(osce::is_photo_caption("The Security Council in session (UN Photo/Mark Garten)"));
  CHECK_FALSE(osce::is_photo_caption("Report on the elections (ODIHR/PACE)"));
  CHECK_FALSE(osce::is_photo_caption("Talks in Geneva (Russia/Georgia)"));
  // Whose it is, in a word or two after the caption's full stop; not a
  // name's abbreviation with no full stop before it, nor a year.
  CHECK(osce::is_photo_caption("Graduation of police cadets in Idrizovo, 29 July 2002. (OSCE)"));
  CHECK(osce::is_photo_caption("Monitors at the checkpoint, 3 May 2015. (OSCE SMM)"));
  CHECK_FALSE(osce::is_photo_caption("Monitors at the checkpoint, 3 May 2015. (see the report)"));
  CHECK_FALSE(osce::is_photo_caption("The Mission opened a new office in the capital. (2015)"));
  CHECK(osce::is_photo_caption("\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: \xD0\x9E\xD0\x91\xD0\xA1\xD0\x95"));  // Фото: ОБСЕ
  CHECK_FALSE(osce::is_photo_caption("Photo exhibition opens in Bishkek"));
  CHECK_FALSE(osce::is_photo_caption("Photo"));
  // A credit line of its own under a caption, in a site's other words.
  CHECK(osce::is_photo_caption("Picture courtesy of the Assembly"));
  CHECK(osce::is_photo_caption("Picture: OSCE/Jane Doe"));
  // A copyright sign, or an agency's or a picture library's name and a slash.
  CHECK(osce::is_photo_caption("\xC2\xA9 OSCE/Jane Doe"));
  CHECK(osce::is_photo_caption("Flickr / OSCE Special Monitoring Mission"));
  CHECK(osce::is_photo_caption("Reuters/Jane Doe"));
  CHECK(osce::is_photo_caption("AFP / Getty Images"));
  CHECK_FALSE(osce::is_photo_caption("Reuters reported that the talks in Geneva had ended."));
  CHECK_FALSE(osce::is_photo_caption("AFPC/OSCE hold a seminar on water"));
  CHECK_FALSE(osce::is_photo_caption("\xC2\xA9 " + std::string(12, 'x') + " and a sentence of many words that goes on "
                                     "past the credit's length"));
  CHECK(osce::is_photo_caption("Image courtesy of the Mission"));
  CHECK(osce::is_photo_caption("Image credit: Jane Doe"));
  CHECK_FALSE(osce::is_photo_caption("Pictures from the field"));
  CHECK_FALSE(osce::is_photo_caption("Imagery analysis for arms control"));
}

TEST_CASE("paragraph cues: a quotation that a pronoun says", "[cues]") {
  CHECK(osce::quote_by_pronoun("\xE2\x80\x9CPeace in the region is shattered,\xE2\x80\x9D he added."));
  CHECK(osce::quote_by_pronoun("\"We will keep working,\" she said on Monday."));
  CHECK(osce::quote_by_pronoun("\xC2\xAB\xD0\x9C\xD1\x8B \xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B\xC2\xBB, \xE2\x80\x94 "
                               "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xBE\xD0\xBD."));  // «Мы готовы», — заявил он.
  // A named speaker, a pronoun inside the quotation, or no quotation: no.
  CHECK_FALSE(osce::quote_by_pronoun("\"We will keep working,\" said the Head of Mission."));
  CHECK_FALSE(osce::quote_by_pronoun("\"He said he would come,\" the Ambassador recalled."));
  CHECK_FALSE(osce::quote_by_pronoun("The Minister said he added the item to the agenda."));
  CHECK_FALSE(osce::quote_by_pronoun("He called it \"a milestone\" in his speech to the Council, they said."));
  CHECK_FALSE(osce::quote_by_pronoun(""));
}

TEST_CASE("paragraph cues: a link to the item's photos", "[cues]") {
  CHECK(osce::is_gallery_link("more 2 photos"));
  CHECK(osce::is_gallery_link("Photo gallery"));
  CHECK(osce::is_gallery_link("Photos (12)"));
  CHECK(osce::is_gallery_link("Watch the video"));
  CHECK(osce::is_gallery_link("+3 photos"));
  // A headline, a sentence, a longer line: no link.
  CHECK_FALSE(osce::is_gallery_link("Photo exhibition opens"));
  CHECK_FALSE(osce::is_gallery_link("See the photos."));
  CHECK_FALSE(osce::is_gallery_link("more photos from the opening of the centre"));
  CHECK_FALSE(osce::is_gallery_link("more than 12"));
  CHECK(osce::is_gallery_link("Video"));
  CHECK_FALSE(osce::is_gallery_link(""));
}

TEST_CASE("paragraph cues: where the people in a photo stand", "[cues]") {
  CHECK(osce::shows_where_people_stand("Volker Frobarth (left) and Meder Abakirov"));
  CHECK(osce::shows_where_people_stand("The Ambassador (second from Right) with the graduates"));
  CHECK(osce::shows_where_people_stand("Delegates (l-r): A, B and C"));
  CHECK(osce::shows_where_people_stand("Participants (front row, centre) in Skopje"));
  // Other brackets, and one left open, are no positions.
  CHECK_FALSE(osce::shows_where_people_stand("The Office for Democratic Institutions and Human Rights (ODIHR)"));
  CHECK_FALSE(osce::shows_where_people_stand("Talks on the left bank (2019)"));
  CHECK_FALSE(osce::shows_where_people_stand("A meeting (left"));
  CHECK_FALSE(osce::shows_where_people_stand("()"));
  CHECK_FALSE(osce::shows_where_people_stand(""));
}

TEST_CASE("paragraph cues: a paragraph that describes an institution", "[cues]") {
  CHECK(osce::describes_an_institution(
      "The Permanent Council, one of the main regular decision-making bodies of the Organization, convenes weekly "
      "in Vienna to discuss developments in the region."));
  CHECK(osce::describes_an_institution("The OSCE Representative on Freedom of the Media is the Organization's "
                                       "watchdog on media freedom."));
  CHECK(osce::describes_an_institution("The OSCE Mission to Bosnia and Herzegovina was established in 1995."));
  CHECK(osce::describes_an_institution("The Office for Democratic Institutions and Human Rights (ODIHR) is one of "
                                       "the Organization's institutions."));
  // What an institution does, or a name shortened, or no name at all.
  CHECK_FALSE(osce::describes_an_institution("The Mission calls upon the Assembly not to adopt the laws."));
  CHECK_FALSE(osce::describes_an_institution("The Mission is concerned about the recent developments."));
  CHECK_FALSE(osce::describes_an_institution("The OSCE Mission to Serbia welcomed the adoption of the law."));
  CHECK_FALSE(osce::describes_an_institution("The event is the first of its kind in the region."));
  CHECK_FALSE(osce::describes_an_institution("The Council, which met today, adopted a decision."));
  // Where it sits, then its name: a news agency's word on the Organization.
  CHECK(osce::describes_an_institution("Based in Vienna, the OSCE grew out of the Helsinki process of the 1970s."));
  CHECK(osce::describes_an_institution("Headquartered in Warsaw, the Office observes elections across the region."));
  CHECK_FALSE(osce::describes_an_institution("Based on the survey, the Mission drafted its recommendations."));
  CHECK_FALSE(osce::describes_an_institution("Based in Vienna, she travelled to the region twice."));
  // A clause, then its name and what it is; an abbreviation in capitals will
  // do there.
  CHECK(osce::describes_an_institution("With 57 participating States in North America, Europe and Asia, the OSCE "
                                       "is the world's largest regional security organization."));
  CHECK(osce::describes_an_institution("As the largest regional security organization, the OSCE is committed to "
                                       "stability, peace and democracy."));
  CHECK_FALSE(osce::describes_an_institution("On 12 May, the OSCE organized a roundtable in Skopje."));
  CHECK_FALSE(osce::describes_an_institution("In his speech, the Minister is the first to call for talks."));
}

TEST_CASE("paragraph cues: an institution described in the Organization's other languages", "[cues]") {
  CHECK(osce::describes_an_institution("L´Organizzazione per la Sicurezza e la Cooperazione in Europa (OSCE) è nata "
                                       "negli anni ´70 come Conferenza sulla Sicurezza."));
  CHECK(osce::describes_an_institution("La Organización para la Seguridad y la Cooperación en Europa (OSCE) es la "
                                       "mayor organización regional de seguridad."));
  CHECK(osce::describes_an_institution("Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) ist die "
                                       "größte regionale Sicherheitsorganisation."));
  CHECK(osce::describes_an_institution("L’Ufficio per le Istituzioni Democratiche e i Diritti Umani è stato "
                                       "istituito nel 1991."));
  // What the institution does; a name of one word.
  CHECK_FALSE(osce::describes_an_institution("L´Organizzazione per la Sicurezza e la Cooperazione in Europa ha "
                                             "inviato 42 osservatori."));
  CHECK_FALSE(osce::describes_an_institution("La Missione è la prima a farlo."));
}

TEST_CASE("paragraph cues: a paragraph read on into its page closes as it does alone", "[cues]") {
  // The marks and phrases past the paragraph's end, the page's, count not.
  const std::string page = "The Mission opened an office in the capital.\nContact: press@osce.org, View in full here";
  const char* end = page.data() + page.size();
  const std::string_view first(page.data(), page.find('\n'));
  CHECK_FALSE(osce::closes_an_item(first, end));
  CHECK_FALSE(osce::closes_an_item(first));
  const std::string_view second = std::string_view(page).substr(page.find('\n') + 1);
  CHECK(osce::closes_an_item(second, end));
}

TEST_CASE("paragraph cues: what closes an item", "[cues]") {
  CHECK(osce::closes_an_item("Jane Doe, press@osce.org"));
  CHECK(osce::closes_an_item("Phone: +43 1 514 36 6000"));
  CHECK(osce::closes_an_item("Tel.:+381 11 3606 100"));
  CHECK(osce::closes_an_item("+7 (727) 2 79 21 04"));
  // A '+' between numbers or after a name is no phone number.
  CHECK_FALSE(osce::closes_an_item("The 5+2 negotiations resumed in Vienna."));
  CHECK_FALSE(osce::closes_an_item("Courses in C++ and +2 more"));
  CHECK_FALSE(osce::closes_an_item("Temperatures of +35 degrees hampered the patrol."));
  CHECK(osce::closes_an_item("See https://www.osce.org/odihr for the report"));
  CHECK(osce::closes_an_item("The report is at www.osce.org"));
  // A mark closes in the paragraph's last 200 bytes: a long paragraph that
  // goes on past its web address is about the item, as an event page's
  // registration is; the same address at its end closes it.
  const std::string on =
      " Participants are advised to register by 14 October. Registration will also be possible on the spot "
      "during the meeting, but early registration is appreciated to facilitate the preparations.";
  CHECK_FALSE(osce::closes_an_item("On-line registration is available at http://meetings.example.org." + on));
  CHECK(osce::closes_an_item(on.substr(1) + " Register at http://meetings.example.org."));
  CHECK(osce::closes_an_item(std::string(300, 'y') + " press@osce.org"));
  CHECK(osce::closes_an_item("For more information, visit the Mission's page"));
  CHECK(osce::closes_an_item("The full statement can be found here"));
  // An aggregator's copy of a release, its disclaimer and link to the whole.
  CHECK(osce::closes_an_item("/Public Release. This material might be of the point-in-time nature, and edited for "
                             "clarity, style and length.View in full here."));
  // (Closing phrases stand in the last sentence or two: a paragraph that
  // goes on past one is about the item.)
  CHECK_FALSE(osce::closes_an_item("The agreement is published in full here, in the capital's official gazette. "
                                   "The parties agreed to implement the plan by the end of the year, and the Co-Chairs "
                                   "will return to the region in spring to review with them how far it has come."));
  CHECK(osce::closes_an_item("Read more"));  // a teaser's link line
  CHECK(osce::closes_an_item("Continue reading"));
  // A blog's teaser, its link at the end: the link's words are the post's title.
  CHECK(osce::closes_an_item("Some 21 per cent of \xE2\x80\xA6 Continue reading \"Presidential election 2019: Final report\""));
  CHECK(osce::closes_an_item("The observers met the commission. continue reading \xE2\x86\x92"));
  // A teaser cut short with a link to the rest.
  CHECK(osce::closes_an_item("The Mission observed a \xE2\x80\xA6read more"));
  CHECK(osce::closes_an_item("The Mission observed a lower number of violations. Read more \xC2\xBB"));
  CHECK(osce::closes_an_item("The Mission observed a lower number of [...]"));
  CHECK_FALSE(osce::closes_an_item("Those who want to read more about it will find the report online."));
  CHECK(osce::closes_an_item("The elections were efficiently organised, the observers concluded. More"));
  CHECK(osce::closes_an_item("\xE2\x80\x9CWe welcome the agreement,\xE2\x80\x9D said the rapporteurs. More \xC2\xBB"));
  CHECK_FALSE(osce::closes_an_item("Participants asked for More"));
  // Or on a line of its own under the teaser.
  CHECK(osce::closes_an_item("More"));
  CHECK(osce::closes_an_item("More \xC2\xBB"));
  CHECK_FALSE(osce::closes_an_item("More than 50 observers"));
  CHECK_FALSE(osce::closes_an_item("The centre was renamed Sir Thomas More"));
  // A contacts block's heading.
  CHECK(osce::closes_an_item("Contacts"));
  CHECK(osce::closes_an_item("Media contact"));
  CHECK(osce::closes_an_item("Press Contacts:"));
  CHECK_FALSE(osce::closes_an_item("Contacts between the delegations resumed"));
  CHECK_FALSE(osce::closes_an_item("Border guards kept in close contact"));
  CHECK_FALSE(osce::closes_an_item("ontacts:"));  // shorter than its word: no read before it
  CHECK_FALSE(osce::closes_an_item("Recontact"));
  CHECK(osce::closes_an_item("PRESS CONTACTS"));
  CHECK(osce::closes_an_item("The Mission observed a lower number of violations. READ MORE"));
  // Marks and phrases elsewhere in ordinary sentences.
  CHECK_FALSE(osce::closes_an_item("Turnout rose by 3+ points. Results: see below."));
  CHECK_FALSE(osce::closes_an_item("They will contact the ministry next week."));
  CHECK_FALSE(osce::closes_an_item(""));
  // A closing phrase counts in the paragraph's last sentences, at the start of a word.
  const std::string long_text(300, 'x');
  CHECK(osce::closes_an_item(long_text + " The report is available here."));
  CHECK_FALSE(osce::closes_an_item("The report is available here. " + long_text));
  CHECK_FALSE(osce::closes_an_item("Its report xcan be found here"));
}

TEST_CASE("paragraph cues: an early date, an event, an abbreviation spelled out", "[cues]") {
  CHECK(osce::early_date("On 10 July, in Tashkent, the Co-ordinator met students."));
  CHECK(osce::early_date("From 12 to 14 July the Office held a seminar."));
  CHECK_FALSE(osce::early_date("The Office may 10 times a year hold a seminar."));  // "may" is not May
  CHECK_FALSE(osce::early_date("The Office held a seminar for 40 judges."));
  // A month and its year date no event to its day: a paragraph's background.
  CHECK(osce::early_date("On July 26, 2017 the Office held a seminar."));
  CHECK_FALSE(osce::early_date("Jane Doe was appointed Head of Office in July 2017 to succeed John Roe."));
  CHECK_FALSE(osce::early_date(std::string(200, 'x') + " on 10 July"));  // past the first words
  // Another language's month, when asked for: a head's line in its page's language.
  CHECK(osce::early_date("Innehållet publicerades under perioden 21 januari 2019", true));
  CHECK(osce::early_date("Spotkanie odbyło się 3 lipca w Warszawie", true));
  CHECK_FALSE(osce::early_date("Innehållet publicerades under perioden 21 januari 2019"));
  CHECK_FALSE(osce::early_date("Det var 30 döda på det stället", true));
  CHECK(osce::reports_an_event("A conference was held in Dushanbe. It ended."));
  CHECK_FALSE(osce::reports_an_event("The law is in force. A conference was held later."));
  // Phrases that share their first four bytes ("organized", "organised": the table's slot holds
  // both), phrases whose first four bytes differ by one ("concluded", "conducted"), and a phrase
  // inside a word.
  CHECK(osce::reports_an_event("The Office organized a survey."));
  CHECK(osce::reports_an_event("The Office organised a survey."));
  CHECK_FALSE(osce::reports_an_event("The Office organizes a survey."));
  CHECK(osce::reports_an_event("The course concluded in Osh. It ran for a week."));
  CHECK(osce::reports_an_event("The Office conducted a survey."));
  CHECK_FALSE(osce::reports_an_event("The reopened talks resumed."));
  // A visit is an event; so is no visitor.
  CHECK(osce::reports_an_event("On 28 August, staff of the Institute visited the Office."));
  CHECK_FALSE(osce::reports_an_event("The Office welcomes visitors."));
  CHECK(osce::defined_abbreviation("The Representative on Freedom of the Media (RFoM) spoke.") == "RFoM");
  CHECK(osce::defined_abbreviation("Local Public Safety Councils (LPSCs) met.") == "LPSCs");
  CHECK(osce::defined_abbreviation("A law (2018) passed. Later the RFoM (Teresa Ribeiro) spoke.").empty());
  CHECK(osce::defined_abbreviation("Training of Trainers (ToT)") == "ToT");
  CHECK(osce::defined_abbreviation("the law On Information (False) passed").empty());
  // Brackets with no name before them: an agency's signature under its copy.
  CHECK(osce::defined_abbreviation("(SDA)").empty());
  CHECK(osce::defined_abbreviation("the Conference on Security and Co-operation in Europe (CSCE) met") == "CSCE");
}

TEST_CASE("paragraph cues: the abbreviations of a growing text, as has_word finds them", "[cues]") {
  // Texts of short capital words, letters, digits, punctuation and UTF-8,
  // asked about at ends that grow, cut inside words too: each answer is
  // has_word's on the text so far.
  std::mt19937 rng(9);
  const std::vector<std::string> pieces = {"RFoM", "ODIHR", "OSCE", "HCNM", "EU", "RFoMs", "ODIHRx", "UN", "Un",
                                           "the", "9", " ", " ", ". ", "(", ")", "-", "\xE2\x80\x99s", "\n"};
  const std::vector<std::string> asked = {"RFoM", "ODIHR", "OSCE", "HCNM", "EU", "UN", "RFoMs", "CPC"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = 0; k < 80; ++k) text += pieces[rng() % pieces.size()];
    const size_t begin = rng() % 8;
    osce::AbbreviationsSoFar so_far;
    so_far.reset(text, begin);
    for (size_t end = begin; end <= text.size(); end += 1 + rng() % 6) {
      const std::string& word = asked[rng() % asked.size()];
      INFO("round " << round << ", end " << end << ", " << word);
      REQUIRE(so_far.has(word, end) == osce::has_word(std::string_view(text).substr(begin, end - begin), word));
    }
  }
}

TEST_CASE("paragraph cues: a speech's address and its close", "[cues]") {
  CHECK(osce::opens_an_address("Thank you, Mr. Chair."));
  CHECK(osce::opens_an_address("Madam Chairperson,"));
  CHECK(osce::opens_an_address("Excellencies, ladies and gentlemen,"));
  CHECK_FALSE(osce::opens_an_address("Thank you for the invitation to this conference, which ..."));
  CHECK_FALSE(osce::opens_an_address("Mister Smith visited the Centre on Monday."));
  CHECK(osce::opens_an_address("Thank you Chair. On behalf of the delegation, I thank you."));
  CHECK(osce::opens_an_address("Thank you, President."));
  CHECK_FALSE(osce::opens_an_address("Thanks to the Mission, the school reopened."));
  CHECK(osce::opens_an_address("Dear Ministers,"));
  CHECK(osce::opens_an_address("Dear Foreign Minister, dear friends,"));
  CHECK_FALSE(osce::opens_an_address("Dear Ministers, it is my pleasure to welcome you to Belgrade once again, after 1977,"));
  CHECK_FALSE(osce::opens_an_address("Dear readers"));
  // The addressee's name first, the audience after it.
  CHECK(osce::opens_an_address("Ambassador Lindqvist, ladies and gentlemen,"));
  CHECK_FALSE(osce::opens_an_address(""));
  CHECK(osce::opens_an_address("Minister, Excellencies, dear colleagues,"));
  CHECK(osce::opens_an_address("Madam Secretary General, Distinguished Guests,"));
  CHECK_FALSE(osce::opens_an_address("The Ambassador thanked the ladies and gentlemen of the press."));
  // The addressee named by office and name, and spoken to.
  CHECK(osce::opens_an_address("Minister Borg, on behalf of the UK, I warmly welcome you to the Permanent Council."));
  CHECK(osce::opens_an_address("Secretary General, thank you for your report."));
  CHECK(osce::opens_an_address("Director Mecacci, dear colleagues, let me welcome you to Warsaw."));
  CHECK(osce::opens_an_address("High Commissioner Abdrakhmanov, we thank you for your presentation today."));
  // News names someone so too, and speaks to no one; or its "you" is a
  // quotation's, after the sentence that named them.
  CHECK_FALSE(osce::opens_an_address("Ambassador Neil Holland thanks Malta for stepping into this role."));
  CHECK_FALSE(osce::opens_an_address("Ambassador Holland, Head of the UK Delegation, welcomed the young observers."));
  CHECK_FALSE(osce::opens_an_address("Minister Borg, the Chairperson, spoke first. \"We need you,\" she told them."));
  CHECK_FALSE(osce::opens_an_address("Director Mecacci, who leads the Office, met the youth delegates."));
  CHECK_FALSE(osce::opens_an_address("The Ambassador met colleagues from the Mission, the Centre and the Office, "
                                     "and with them visited three schools in the north of the country,"));
  CHECK(osce::opens_an_address("(check against delivery)"));
  CHECK(osce::opens_an_address("CHECK AGAINST DELIVERY"));
  CHECK(osce::opens_an_address("*Check against delivery*"));
  CHECK_FALSE(osce::opens_an_address("Check against delivery notes were handed out."));
  CHECK(osce::closes_an_address("Thank you."));
  CHECK(osce::closes_an_address("I thank you, Mr. Chair."));
  CHECK(osce::closes_an_address("I kindly ask that this statement be attached to the journal of the day."));
  CHECK_FALSE(osce::closes_an_address("Thank you to all the participants who travelled to Vienna for the "
                                      "conference and shared their experience of border management."));
  CHECK_FALSE(osce::closes_an_address("We thank the Mission for its report."));
}

TEST_CASE("paragraph cues: a title that says it is a statement's", "[cues]") {
  CHECK(osce::titles_a_statement("Statement by the Co-Chairs of the Minsk Group"));
  CHECK(osce::titles_a_statement("Response to the Report by the Head of the OSCE Presence in Albania"));
  CHECK(osce::titles_a_statement("Response to Director of ODIHR annual report"));
  CHECK(osce::titles_a_statement("Speech by the Minister for Foreign Affairs at the Annual Meeting"));
  CHECK(osce::titles_a_statement("Response to the Head of the OSCE Mission to Ruritania: Statement to the PC"));
  CHECK_FALSE(osce::titles_a_statement("Response to the crisis in the region"));
  CHECK_FALSE(osce::titles_a_statement("Statements and speeches"));
  CHECK_FALSE(osce::titles_a_statement("Address"));
  CHECK_FALSE(osce::titles_a_statement("The Mission's answer: a statement of intent"));
  // A word for the statement's kind before it, in a title's case or not.
  CHECK(osce::titles_a_statement("Press Statement by the Co-Chairs of the OSCE Minsk Group"));
  CHECK(osce::titles_a_statement("Joint statement of the Chairpersonship and the Secretary General"));
  CHECK(osce::titles_a_statement("Closing remarks at the Annual Security Review Conference"));
  CHECK_FALSE(osce::titles_a_statement("Press freedom on the agenda of the Assembly"));
  CHECK_FALSE(osce::titles_a_statement("Joint"));
  CHECK_FALSE(osce::titles_a_statement("Closing statements"));
}

TEST_CASE("paragraph cues: a line that says the line above again", "[cues]") {
  CHECK(osce::restates("UNESCO Welcomes Release Of Jailed Cuban Journalist",
                       "UNESCO Chief Welcomes Release Of Jailed Cuban"));
  CHECK(osce::restates("OSCE Chief Visits Kyiv Today", "OSCE Chief Visits Kyiv Today"));
  CHECK(osce::restates("OSCE Chief Visits Kyiv Today", "The OSCE Chief Visits Kyiv Today"));
  CHECK_FALSE(osce::restates("UNESCO Welcomes Release Of Jailed Cuban Journalist",
                             "Journalists Detained In Havana Again"));
  CHECK_FALSE(osce::restates("OSCE Chief Visits Kyiv Today", "OSCE Chief Leaves Minsk Today"));
  // Four words are too few to say so: "OSCE Chief Visits Minsk" is news of its own.
  CHECK_FALSE(osce::restates("OSCE Chief Visits Kyiv", "OSCE Chief Visits Minsk"));
}

TEST_CASE("paragraph cues: someone introduced by office and full name", "[cues]") {
  CHECK(osce::introduced_surname("The OSCE Representative on Freedom of the Media, Harlem Desir, said today") ==
        "Desir");
  CHECK(osce::introduced_surname("The Head of the Centre, Ambassador John MacGregor, opened the course.") ==
        "MacGregor");
  CHECK(osce::introduced_surname("The Head of the Office, Natalia Cré\xC3\xA9, opened it.") ==
        "Cré\xC3\xA9");
  // A list, one name alone, a place, a name past the first sentence: no one.
  CHECK(osce::introduced_surname("Experts from Kazakhstan, Kyrgyzstan and Tajikistan met.").empty());
  CHECK(osce::introduced_surname("The Chairperson, Rama, said that the talks went well.").empty());
  CHECK(osce::introduced_surname("In the capital, Vienna, the talks went well.").empty());
  CHECK(osce::introduced_surname("The talks ended. The Chair, Jane Doe, said so.").empty());
  CHECK(osce::introduced_surname("").empty());
}

TEST_CASE("paragraph cues: a frame that names its occasion afresh", "[cues]") {
  CHECK(osce::opens_with_a_named_frame("As part of the 27th OSCE Ministerial Council, the chairpersons met."));
  CHECK(osce::opens_with_a_named_frame("Following the Permanent Council's decision, the Mission opened."));
  CHECK(osce::opens_with_a_named_frame("During the 2024 elections in Ruritania, observers were deployed."));
  // Referring back, or naming nothing, or no clause of its own.
  CHECK_FALSE(osce::opens_with_a_named_frame("During his visit to Tbilisi, the Chair met the Prime Minister."));
  CHECK_FALSE(osce::opens_with_a_named_frame("At the meeting, the participants discussed the plan."));
  CHECK_FALSE(osce::opens_with_a_named_frame("During this period the Mission opened three offices in Skopje."));
  CHECK_FALSE(osce::opens_with_a_named_frame("The Mission opened, as part of its work, three offices."));
}

TEST_CASE("paragraph cues: a title as the bare subject of a paragraph", "[cues]") {
  CHECK(osce::bare_title_subject("The Co-Chairs met with the Prime Minister in Yerevan.") == "Co-Chairs");
  CHECK(osce::bare_title_subject("The Programme Office supports Kyrgyzstan in its reforms.") == "Programme Office");
  CHECK(osce::bare_title_subject("The Foreign Ministers confirmed their intention to meet.") == "Foreign Ministers");
  CHECK(osce::bare_title_subject("The Co-Chairs, together with the Personal Representative, met.") == "Co-Chairs");
  // The text's end anywhere in it.
  for (const char* cut : {"The ", "The C", "The Co-Chairs", "The Co-Chairs ", "The Co-Chairs,", "The Co-Chairs, "}) {
    INFO(cut);
    CHECK(osce::bare_title_subject(cut).empty());
  }
  CHECK(osce::bare_title_subject("The Co-Chairs met") == "Co-Chairs");
  CHECK(osce::bare_title_subject("The Big Four Powers Group met in Vienna.").empty());
  // Qualified, in capitals, possessive, or no title at all.
  CHECK(osce::bare_title_subject("The Co-Chairs of the OSCE Minsk Group visited the region.").empty());
  CHECK(osce::bare_title_subject("The Action against Terrorism Unit organized a course.").empty());
  CHECK(osce::bare_title_subject("The OSCE opened a new building in Ashgabat today.").empty());
  CHECK(osce::bare_title_subject("The Mission's work with municipal offices goes on.").empty());
  CHECK(osce::bare_title_subject("The Mission\xE2\x80\x99s work with municipal offices goes on.").empty());
  CHECK(osce::bare_title_subject("The participants discussed the plan.").empty());
  CHECK(osce::bare_title_subject("The Head of Mission said.").empty());
}
