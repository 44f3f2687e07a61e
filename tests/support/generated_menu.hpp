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

}  // namespace osce_support
