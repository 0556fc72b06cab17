//! Pipeline text: parsing, anchoring and printing.
//!
//! Grammar (MLIR's, plus the `--pass` shorthand):
//!
//! ```text
//! list    := element (',' element)*            -- may be empty
//! element := NAME options?                     -- a pass: `inline{max-iterations=2}`
//!          | OPNAME '(' list ')'               -- a nest: `func.func(dce)`
//! options := '{' (KEY ('=' VALUE)?)* '}'       -- whitespace separated; VALUE may be
//!                                              -- "quoted" or {braced}
//! ```
//!
//! `--pass=a,b` ([`parse_pass_list`]) is a list under an implicit `builtin.module`; a pass
//! anchored on another op kind there is nested for it (`dce` becomes `func.func(dce)`;
//! consecutive ones share one nest), and the inferred nest is shown by
//! `--dump-pass-pipeline`, the timing and statistics reports and IR dump headers.
//! `--pass-pipeline='builtin.module(...)'` ([`parse_pass_pipeline`]) is explicit: a pass
//! whose anchor does not match the op it is nested on is an error.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use crate::{closest, Anchor, OptionValue, Pass, PassConstructor, PassOptions, PassRegistry};

/// The root op of every pipeline.
pub const ROOT: &str = "builtin.module";

/// An error in pipeline text: a message and the byte range it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PipelineError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

impl PipelineError {
    fn new(message: impl Into<String>, start: usize, end: usize) -> Self {
        PipelineError {
            message: message.into(),
            start,
            end: end.max(start + 1),
        }
    }
    /// The message, the pipeline string and a caret under the bad part.
    pub fn render(&self, text: &str) -> String {
        let col = text[..self.start.min(text.len())].chars().count();
        let width = text
            .get(self.start..self.end.min(text.len()))
            .map_or(1, |s| s.chars().count().max(1));
        format!(
            "error: {}\n{text}\n{}^{}\n",
            self.message,
            " ".repeat(col),
            "~".repeat(width - 1)
        )
    }
}

/// A pass in a pipeline, with what the instrumentation gathered about it.
pub struct PassNode {
    pub pass: Box<dyn Pass>,
    pub options: PassOptions,
    /// Makes a fresh instance of the pass (for the workers of a parallel nest).
    pub create: PassConstructor,
    /// Wall time over all its runs.
    pub time: Duration,
    pub runs: u64,
    /// Runs that changed the IR.
    pub changed: u64,
    pub stats: BTreeMap<&'static str, u64>,
}

impl PassNode {
    /// `inline{max-iterations=4}`: the name and every option's value.
    pub fn spec(&self) -> String {
        format!("{}{}", self.pass.name(), self.options)
    }
}

/// A nested pipeline: runs `nodes` on each op named `anchor` directly inside the op the
/// enclosing pipeline runs on.
pub struct NestNode {
    pub anchor: String,
    pub nodes: Vec<Node>,
    /// Made by anchor inference (`--pass=dce`), not written by the user.
    pub inferred: bool,
    pub time: Duration,
    /// How many ops it ran on.
    pub matched: u64,
}

pub enum Node {
    Pass(PassNode),
    Nest(NestNode),
}

/// A parsed, anchored pipeline on `builtin.module`.
pub struct Pipeline {
    pub nodes: Vec<Node>,
}

impl fmt::Display for Pipeline {
    /// The explicit form: `builtin.module(func.func(dce),inline{max-iterations=4})`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{ROOT}(")?;
        write_nodes(f, &self.nodes)?;
        f.write_str(")")
    }
}

fn write_nodes(f: &mut fmt::Formatter<'_>, nodes: &[Node]) -> fmt::Result {
    for (i, n) in nodes.iter().enumerate() {
        if i > 0 {
            f.write_str(",")?;
        }
        match n {
            Node::Pass(p) => f.write_str(&p.spec())?,
            Node::Nest(n) => {
                write!(f, "{}(", n.anchor)?;
                write_nodes(f, &n.nodes)?;
                f.write_str(")")?;
            }
        }
    }
    Ok(())
}

/// `--pass=a,b{k=v},func.func(c)`: a list under an implicit `builtin.module`, anchors inferred.
pub fn parse_pass_list(registry: &PassRegistry, text: &str) -> Result<Pipeline, PipelineError> {
    let items = Syntax::new(text).parse_all()?;
    Ok(Pipeline {
        nodes: resolve(registry, items, ROOT, true)?,
    })
}

/// `--pass-pipeline='builtin.module(func.func(cse))'`: MLIR's explicit form.
pub fn parse_pass_pipeline(registry: &PassRegistry, text: &str) -> Result<Pipeline, PipelineError> {
    let mut items = Syntax::new(text).parse_all()?;
    let whole = |msg: &str| PipelineError::new(msg, 0, text.len());
    if items.len() != 1 {
        let at = items.get(1).map_or(0, |i| i.start);
        return Err(if items.is_empty() {
            whole("expected a pipeline nested on 'builtin.module': 'builtin.module(...)'")
        } else {
            PipelineError::new(
                "a pass pipeline has a single root: 'builtin.module(...)'",
                at,
                text.len(),
            )
        });
    }
    let item = items.remove(0);
    match item.kind {
        ItemKind::Nest(children) if item.name == ROOT => Ok(Pipeline {
            nodes: resolve(registry, children, ROOT, false)?,
        }),
        ItemKind::Nest(_) => Err(PipelineError::new(
            format!(
                "the pipeline runs on '{}', but the input's top-level op is '{ROOT}'",
                item.name
            ),
            item.start,
            item.name_end,
        )),
        ItemKind::Pass(_) => Err(PipelineError::new(
            format!(
                "a pass pipeline must be nested on an op: write '{ROOT}({})' (or use --pass)",
                &text[item.start..item.end]
            ),
            item.start,
            item.name_end,
        )),
    }
}

struct OptionItem {
    key: String,
    key_span: (usize, usize),
    value: String,
    value_span: (usize, usize),
}

enum ItemKind {
    Pass(Vec<OptionItem>),
    Nest(Vec<Item>),
}

struct Item {
    name: String,
    start: usize,
    name_end: usize,
    end: usize,
    kind: ItemKind,
}

struct Syntax<'a> {
    text: &'a str,
    pos: usize,
}

fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'$')
}

impl<'a> Syntax<'a> {
    fn new(text: &'a str) -> Self {
        Syntax { text, pos: 0 }
    }
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }
    fn err<T>(&self, msg: impl Into<String>) -> Result<T, PipelineError> {
        let end = self.pos
            + self.text[self.pos..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        Err(PipelineError::new(msg, self.pos, end))
    }
    fn what_is_here(&self) -> String {
        match self.text[self.pos..].chars().next() {
            None => "the end of the pipeline".to_string(),
            Some(c) => format!("'{c}'"),
        }
    }
    fn parse_all(mut self) -> Result<Vec<Item>, PipelineError> {
        let items = self.parse_list()?;
        if self.pos < self.text.len() {
            return self.err(format!("expected ',' but found {}", self.what_is_here()));
        }
        Ok(items)
    }
    fn parse_list(&mut self) -> Result<Vec<Item>, PipelineError> {
        let mut items = Vec::new();
        self.skip_ws();
        if matches!(self.peek(), None | Some(b')')) {
            return Ok(items);
        }
        loop {
            items.push(self.parse_item()?);
            self.skip_ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
                self.skip_ws();
                continue;
            }
            return Ok(items);
        }
    }
    fn name(&mut self) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(is_name_char) {
            self.pos += 1;
        }
        &self.text[start..self.pos]
    }
    fn parse_item(&mut self) -> Result<Item, PipelineError> {
        let start = self.pos;
        let name = self.name();
        if name.is_empty() {
            return self.err(format!(
                "expected a pass name or an op name, found {}",
                self.what_is_here()
            ));
        }
        let name_end = self.pos;
        self.skip_ws();
        let kind = match self.peek() {
            Some(b'(') => {
                self.pos += 1;
                let items = self.parse_list()?;
                if self.peek() != Some(b')') {
                    return self.err(format!(
                        "expected ')' to close '{name}(' but found {}",
                        self.what_is_here()
                    ));
                }
                self.pos += 1;
                ItemKind::Nest(items)
            }
            Some(b'{') => {
                self.pos += 1;
                ItemKind::Pass(self.parse_options(name)?)
            }
            _ => {
                self.pos = name_end;
                ItemKind::Pass(Vec::new())
            }
        };
        Ok(Item {
            name: name.to_string(),
            start,
            name_end,
            end: self.pos,
            kind,
        })
    }
    fn parse_options(&mut self, pass: &str) -> Result<Vec<OptionItem>, PipelineError> {
        let mut opts = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(opts);
                }
                None => return self.err(format!("expected '}}' to close the options of '{pass}'")),
                _ => {}
            }
            let key_start = self.pos;
            let key = self.name();
            if key.is_empty() {
                return self.err(format!(
                    "expected an option name, found {}",
                    self.what_is_here()
                ));
            }
            let key_span = (key_start, self.pos);
            let mut value_span = (self.pos, self.pos);
            let mut value = String::new();
            if self.peek() == Some(b'=') {
                self.pos += 1;
                let vstart = self.pos;
                match self.peek() {
                    Some(b'"') => {
                        self.pos += 1;
                        match self.text[self.pos..].find('"') {
                            Some(i) => self.pos += i + 1,
                            None => return self.err("unterminated string in an option value"),
                        }
                    }
                    Some(b'{') => {
                        let mut depth = 0usize;
                        while let Some(c) = self.peek() {
                            self.pos += 1;
                            match c {
                                b'{' => depth += 1,
                                b'}' => {
                                    depth -= 1;
                                    if depth == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                        }
                        if depth != 0 {
                            return self.err("unbalanced '{' in an option value");
                        }
                    }
                    _ => {
                        while self
                            .peek()
                            .is_some_and(|c| !c.is_ascii_whitespace() && c != b'}')
                        {
                            self.pos += 1;
                        }
                    }
                }
                value = self.text[vstart..self.pos].to_string();
                value_span = (vstart, self.pos);
            }
            opts.push(OptionItem {
                key: key.to_string(),
                key_span,
                value,
                value_span,
            });
        }
    }
}

fn resolve(
    registry: &PassRegistry,
    items: Vec<Item>,
    parent: &str,
    infer: bool,
) -> Result<Vec<Node>, PipelineError> {
    let mut nodes: Vec<Node> = Vec::new();
    for item in items {
        match item.kind {
            ItemKind::Nest(children) => {
                if !item.name.contains('.') {
                    let hint = match registry.get(&item.name) {
                        Some(_) => format!("; '{}' is a pass", item.name),
                        None => String::new(),
                    };
                    return Err(PipelineError::new(
                        format!(
                            "'{}(...)' nests a pipeline on an op, but '{}' is not an op name \
                             (ops are written 'dialect.name'){hint}",
                            item.name, item.name
                        ),
                        item.start,
                        item.name_end,
                    ));
                }
                nodes.push(Node::Nest(NestNode {
                    nodes: resolve(registry, children, &item.name, false)?,
                    anchor: item.name,
                    inferred: false,
                    time: Duration::ZERO,
                    matched: 0,
                }));
            }
            ItemKind::Pass(opts) => {
                let Some(info) = registry.get(&item.name) else {
                    let mut msg = format!("unknown pass '{}'", item.name);
                    if let Some(s) = registry.suggest(&item.name) {
                        msg.push_str(&format!("; did you mean '{s}'?"));
                    }
                    return Err(PipelineError::new(msg, item.start, item.name_end));
                };
                let mut options = PassOptions::defaults(info.options);
                for o in opts {
                    let Some(def) = info.options.iter().find(|d| d.name == o.key) else {
                        let mut msg = format!("pass '{}' has no option '{}'", info.name, o.key);
                        match closest(&o.key, info.options.iter().map(|d| d.name)) {
                            Some(s) => msg.push_str(&format!("; did you mean '{s}'?")),
                            None if info.options.is_empty() => {
                                msg.push_str(" (it takes no options)")
                            }
                            None => {
                                let names: Vec<&str> =
                                    info.options.iter().map(|d| d.name).collect();
                                msg.push_str(&format!("; its options: {}", names.join(", ")));
                            }
                        }
                        return Err(PipelineError::new(msg, o.key_span.0, o.key_span.1));
                    };
                    let value = OptionValue::parse(def.kind, &o.value).map_err(|e| {
                        let (s, e2) = if o.value_span.0 == o.value_span.1 {
                            o.key_span
                        } else {
                            o.value_span
                        };
                        PipelineError::new(
                            format!(
                                "invalid value for option '{}' of pass '{}': {e}",
                                def.name, info.name
                            ),
                            s,
                            e2,
                        )
                    })?;
                    options.set(def.name, value);
                }
                let node = Node::Pass(PassNode {
                    pass: (info.create)(&options),
                    create: info.create,
                    options,
                    time: Duration::ZERO,
                    runs: 0,
                    changed: 0,
                    stats: BTreeMap::new(),
                });
                match info.anchor {
                    Anchor::Any => nodes.push(node),
                    Anchor::Op(a) if a == parent => nodes.push(node),
                    Anchor::Op(a) if infer => match nodes.last_mut() {
                        Some(Node::Nest(n)) if n.inferred && n.anchor == a => n.nodes.push(node),
                        _ => nodes.push(Node::Nest(NestNode {
                            anchor: a.to_string(),
                            nodes: vec![node],
                            inferred: true,
                            time: Duration::ZERO,
                            matched: 0,
                        })),
                    },
                    Anchor::Op(a) => {
                        return Err(PipelineError::new(
                            format!(
                                "pass '{}' runs on '{a}' ops, not on '{parent}'; nest it: \
                                 '{a}({})'",
                                info.name, info.name
                            ),
                            item.start,
                            item.name_end,
                        ))
                    }
                }
            }
        }
    }
    Ok(nodes)
}
