//! The one reading of `commands.txt`, the list of the app's commands: `build.rs` declares them to
//! Tauri and writes the `generate_handler!` call from it, and the contract test generates the
//! TypeScript wrappers and the capability from it (`#[path]`-included by the build script, so
//! both read a line the same way).

/// The `(module, function)` of each `module::function` line; blank lines and `#` comments are
/// skipped. A line that is not `module::function` is an error naming it.
pub fn parse(text: &str) -> Result<Vec<(&str, &str)>, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once("::") {
            Some((module, function))
                if !module.is_empty() && !function.is_empty() && !function.contains("::") =>
            {
                Ok((module, function))
            }
            _ => Err(format!("`{l}` is not module::function")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn lines_are_module_and_function_comments_and_blanks_skipped() {
        let text = "# the study\ncommands::bootstrap\n\n  hub::hub_start  \n";
        assert_eq!(
            parse(text),
            Ok(vec![("commands", "bootstrap"), ("hub", "hub_start")])
        );
        for bad in ["bootstrap", "hub::", "::hub_start", "a::b::c"] {
            assert_eq!(parse(bad), Err(format!("`{bad}` is not module::function")));
        }
    }
}
