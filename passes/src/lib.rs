//! Passes and the pass manager live here (pipelines, options, nesting, parallel execution,
//! instrumentation). Nothing is registered yet: the foundation ships the IR, the textual
//! format and `opt-tool`; the pass manager is the next piece of work.
