// Shell completion scripts written from a CLI::App, so that the options a
// binary accepts and the ones its completions offer cannot drift apart.
//
// An option whose value is a FILE or DIR completes file names; one limited
// to a set of words (CLI::IsMember) completes those words.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace osce {

// A completion script for `shell` ("bash", "zsh" or "fish"). Throws
// std::invalid_argument for another shell.
std::string generate_completion(const CLI::App& app, std::string_view shell);

}  // namespace osce
