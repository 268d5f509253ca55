//! `jikim`: the headless command on Jikim's core.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let code = jikim_cli::run(args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
