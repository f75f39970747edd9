// The table of every native function of the standard library, by the
// qualified name the compiler asks for ("fmt.Println"). Declared once here;
// each package's implementation lives in its own folder.
#include <string_view>

#include "stdlib/builtin/builtin.hpp"
#include "stdlib/fmt/fmt.hpp"
#include "stdlib/math/math.hpp"
#include "stdlib/os/os.hpp"
#include "stdlib/sort/sort.hpp"
#include "stdlib/strconv/strconv.hpp"
#include "stdlib/strings/strings.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/utf8/utf8.hpp"
#include "vm/program.hpp"

namespace csp {

namespace {
struct NativeDef {
  std::string_view name;
  NativeFn fn;
};

constexpr NativeDef kNatives[] = {
    {"builtin.print", builtin_print},
    {"builtin.println", builtin_println},
    {"fmt.Print", fmt_print},
    {"fmt.Println", fmt_println},
    {"fmt.Printf", fmt_printf},
    {"fmt.Sprint", fmt_sprint},
    {"fmt.Sprintln", fmt_sprintln},
    {"fmt.Sprintf", fmt_sprintf},
#define CSP_X(go_name, fn) {"math." #go_name, math_##fn},
    CSP_MATH_NATIVES(CSP_X)
#undef CSP_X
    {"os.Exit", os_exit},
    {"os.Getenv", os_getenv},
    {"os.Getpagesize", os_getpagesize},
    {"os.Getpid", os_getpid},
    {"os.Getppid", os_getppid},
    {"os.Getuid", os_getuid},
    {"os.LookupEnv", os_lookup_env},
    {"sort.Float64s", sort_float64s},
    {"sort.Float64sAreSorted", sort_float64s_are_sorted},
    {"sort.Ints", sort_ints},
    {"sort.Slice", sort_slice_func},
    {"sort.SliceStable", sort_slice_stable},
    {"sort.IntsAreSorted", sort_ints_are_sorted},
    {"sort.SearchFloat64s", sort_search_float64s},
    {"sort.SearchInts", sort_search_ints},
    {"sort.SearchStrings", sort_search_strings},
    {"sort.Strings", sort_strings},
    {"sort.StringsAreSorted", sort_strings_are_sorted},
    {"strconv.AppendBool", strconv_append_bool},
    {"strconv.AppendFloat", strconv_append_float},
    {"strconv.AppendInt", strconv_append_int},
    {"strconv.AppendQuote", strconv_append_quote},
    {"strconv.AppendQuoteRune", strconv_append_quote_rune},
    {"strconv.AppendQuoteRuneToASCII", strconv_append_quote_rune_to_ascii},
    {"strconv.AppendQuoteToASCII", strconv_append_quote_to_ascii},
    {"strconv.AppendUint", strconv_append_uint},
    {"strconv.CanBackquote", strconv_can_backquote},
    {"strconv.FormatBool", strconv_format_bool},
    {"strconv.FormatFloat", strconv_format_float},
    {"strconv.FormatInt", strconv_format_int},
    {"strconv.FormatUint", strconv_format_uint},
    {"strconv.IsGraphic", strconv_is_graphic},
    {"strconv.IsPrint", strconv_is_print},
    {"strconv.Itoa", strconv_itoa},
    {"strconv.Quote", strconv_quote},
    {"strconv.QuoteRune", strconv_quote_rune},
    {"strconv.QuoteRuneToASCII", strconv_quote_rune_to_ascii},
    {"strconv.QuoteToASCII", strconv_quote_to_ascii},
    {"strings.Compare", strings_compare},
    {"strings.Contains", strings_contains},
    {"strings.ContainsAny", strings_contains_any},
    {"strings.ContainsRune", strings_contains_rune},
    {"strings.Count", strings_count},
    {"strings.Cut", strings_cut},
    {"strings.CutPrefix", strings_cut_prefix},
    {"strings.CutSuffix", strings_cut_suffix},
    {"strings.EqualFold", strings_equal_fold},
    {"strings.Fields", strings_fields},
    {"strings.HasPrefix", strings_has_prefix},
    {"strings.HasSuffix", strings_has_suffix},
    {"strings.Index", strings_index},
    {"strings.IndexAny", strings_index_any},
    {"strings.IndexByte", strings_index_byte},
    {"strings.IndexRune", strings_index_rune},
    {"strings.Join", strings_join},
    {"strings.LastIndex", strings_last_index},
    {"strings.LastIndexAny", strings_last_index_any},
    {"strings.LastIndexByte", strings_last_index_byte},
    {"strings.Repeat", strings_repeat},
    {"strings.Replace", strings_replace},
    {"strings.ReplaceAll", strings_replace_all},
    {"strings.Split", strings_split},
    {"strings.SplitAfter", strings_split_after},
    {"strings.SplitAfterN", strings_split_after_n},
    {"strings.SplitN", strings_split_n},
    {"strings.ToLower", strings_to_lower},
    {"strings.ToTitle", strings_to_title},
    {"strings.ToUpper", strings_to_upper},
    {"strings.ToValidUTF8", strings_to_valid_utf8},
    {"strings.Trim", strings_trim},
    {"strings.TrimLeft", strings_trim_left},
    {"strings.TrimPrefix", strings_trim_prefix},
    {"strings.TrimRight", strings_trim_right},
    {"strings.TrimSpace", strings_trim_space},
    {"strings.TrimSuffix", strings_trim_suffix},
    {"unicode.IsControl", unicode_is_control},
    {"unicode.IsDigit", unicode_is_digit},
    {"unicode.IsGraphic", unicode_is_graphic},
    {"unicode.IsLetter", unicode_is_letter},
    {"unicode.IsLower", unicode_is_lower},
    {"unicode.IsMark", unicode_is_mark},
    {"unicode.IsNumber", unicode_is_number},
    {"unicode.IsPrint", unicode_is_print},
    {"unicode.IsPunct", unicode_is_punct},
    {"unicode.IsSpace", unicode_is_space},
    {"unicode.IsSymbol", unicode_is_symbol},
    {"unicode.IsTitle", unicode_is_title},
    {"unicode.IsUpper", unicode_is_upper},
    {"unicode.SimpleFold", unicode_simple_fold},
    {"unicode.To", unicode_to},
    {"unicode.ToLower", unicode_to_lower},
    {"unicode.ToTitle", unicode_to_title},
    {"unicode.ToUpper", unicode_to_upper},
    {"unicode/utf8.AppendRune", utf8_append_rune},
    {"unicode/utf8.DecodeLastRune", utf8_decode_last_rune},
    {"unicode/utf8.DecodeLastRuneInString", utf8_decode_last_rune_in_string},
    {"unicode/utf8.DecodeRune", utf8_decode_rune},
    {"unicode/utf8.DecodeRuneInString", utf8_decode_rune_in_string},
    {"unicode/utf8.EncodeRune", utf8_encode_rune},
    {"unicode/utf8.FullRune", utf8_full_rune},
    {"unicode/utf8.FullRuneInString", utf8_full_rune_in_string},
    {"unicode/utf8.RuneCount", utf8_rune_count},
    {"unicode/utf8.RuneCountInString", utf8_rune_count_in_string},
    {"unicode/utf8.RuneLen", utf8_rune_len},
    {"unicode/utf8.RuneStart", utf8_rune_start},
    {"unicode/utf8.Valid", utf8_valid},
    {"unicode/utf8.ValidRune", utf8_valid_rune},
    {"unicode/utf8.ValidString", utf8_valid_string},
};
}  // namespace

NativeFn find_native(std::string_view qualified_name) {
  for (const auto& n : kNatives)
    if (n.name == qualified_name) return n.fn;
  return nullptr;
}

}  // namespace csp
