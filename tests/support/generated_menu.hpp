// A navigation menu in the site's shape, with entries drawn from the
// taxonomy (any year's names: aliases too) and headings the seeds do not
// have. Shared by the strip property test and the benchmark's corpus
// generator, so that both put the same kind of furniture around pages.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "osce/taxonomy.hpp"

namespace osce_support {

inline std::string generated_menu(std::mt19937& rng) {
  static const std::vector<std::string> headings = {"Our work", "Topics", "Where we are", "Countries",
                                                    "Institutions", "Field presences", "Resources"};
  const auto& entries = osce::Taxonomy::builtin().entries();
  std::string menu;
  const int sections = 2 + static_cast<int>(rng() % 5);
  for (int s = 0; s < sections; ++s) {
    menu += "-\n" + headings[rng() % headings.size()] + "\n";
    const int items = 3 + static_cast<int>(rng() % 12);
    for (int i = 0; i < items; ++i) {
      const auto& e = entries[rng() % entries.size()];
      const bool alias = !e.aliases.empty() && rng() % 3 == 0;
      menu += "- " + (alias ? e.aliases[rng() % e.aliases.size()] : e.name) + "\n";
    }
  }
  return menu;
}

// The same menu as other scrapers write it: no "- " markers, and with
// `separators` false no lone "-" lines either; at least twelve entries.
inline std::string generated_plain_menu(std::mt19937& rng, bool separators) {
  std::string plain;
  size_t entries = 0;
  while (entries < 12) {
    const std::string menu = generated_menu(rng);
    size_t at = 0;
    while (at < menu.size()) {
      const size_t end = menu.find('\n', at);
      std::string line = menu.substr(at, end - at);
      at = end + 1;
      if (line == "-" && !separators) continue;
      if (line.rfind("- ", 0) == 0) {
        line = line.substr(2);
        ++entries;
      }
      plain += line + "\n";
    }
  }
  return plain;
}

}  // namespace osce_support
