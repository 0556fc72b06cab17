fn main() {
    lalrpop::process_src().unwrap_or_else(|e| panic!("lalrpop grammar: {e}"));
}
