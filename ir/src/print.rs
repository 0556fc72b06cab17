//! The printer: MLIR's generic operation form and the custom (pretty) forms that op
//! declarations provide, byte-compatible with what `mlir-opt` 22 prints.
//!
//! Key types: [`AsmPrinter`] (what custom printers and formats write through),
//! [`PrintOptions`]. Key functions: [`print_op`], [`print_type`], [`print_attr`].
//!
//! SSA names follow mlir-opt: in the pretty form each sibling region restarts from the
//! counters its parent region ended with; in the generic form ids are unique in the whole
//! op (MLIR's `printUniqueSSAIDs`, implied by `--mlir-print-op-generic`). Regions are
//! numbered breadth-first, last-pushed first, exactly as MLIR's `SSANameState` does, so the
//! same IR prints the same text in both tools.

use std::fmt::Write;

use la_arena::ArenaMap;
use rustc_hash::FxHashMap;

use crate::attributes::{AttrKind, DenseData, LocationKind, NamedAttr};
use crate::context::{Attribute, Context, Type};
use crate::structure::{BlockId, Ir, OpId, RegionId, ValueDef, ValueId};
use crate::types::{FloatKind, Signedness, TypeKind, DYNAMIC};

pub use crate::float_format::{float_bits_hex, format_float, round_to_kind};

#[derive(Copy, Clone, Debug, Default)]
pub struct PrintOptions {
    /// Print every op in the generic form (`--emit=generic`).
    pub generic: bool,
    /// Print locations (`--print-debuginfo`).
    pub debuginfo: bool,
}

/// Prints `op` (usually a `builtin.module`) and everything in it, with alias definitions
/// (`#map = affine_map<...>`) first, as mlir-opt does.
pub fn print_op(ctx: &Context, ir: &Ir, op: OpId, opts: PrintOptions) -> String {
    let mut p = AsmPrinter::new(ctx, ir, opts);
    p.number_values(op);
    p.collect_aliases(op);
    let definitions = |list: &[(Attribute, String)]| {
        let mut text = String::new();
        for (attr, name) in list {
            text.push_str(name);
            text.push_str(" = ");
            // A definition spells its own value out; nested parts may use aliases.
            let mut nested = p.aliases.clone();
            nested.remove(attr);
            write_attr(ctx, *attr, &mut text, Some(&nested));
            text.push('\n');
        }
        text
    };
    let header = definitions(&p.alias_list);
    let footer = definitions(&p.deferred_aliases);
    p.print_operation(op);
    p.out.push('\n');
    header + &p.out + &footer
}

/// A type in MLIR syntax.
pub fn print_type(ctx: &Context, ty: Type) -> String {
    let mut s = String::new();
    write_type(ctx, ty, &mut s, None);
    s
}

/// An attribute in MLIR syntax.
pub fn print_attr(ctx: &Context, attr: Attribute) -> String {
    let mut s = String::new();
    write_attr(ctx, attr, &mut s, None);
    s
}

#[derive(Clone)]
enum ValueName {
    Number(u32),
    Arg(u32),
    /// A name the op chose (MLIR's `getAsmResultNames`), already made unique.
    Named(Box<str>),
}

/// The names given by ops' `result_names` hooks, scoped like MLIR's `usedNames`: a region
/// sees the names of its enclosing regions, and siblings do not see each other's.
#[derive(Default)]
struct UsedNames {
    names: rustc_hash::FxHashSet<Box<str>>,
    /// Open scopes, innermost last: (id, names added in it).
    scopes: Vec<(u32, Vec<Box<str>>)>,
    next_scope: u32,
}

impl UsedNames {
    fn open(&mut self) -> u32 {
        self.next_scope += 1;
        self.scopes.push((self.next_scope, Vec::new()));
        self.next_scope
    }
    /// Closes scopes until `parent` is the innermost one.
    fn close_to(&mut self, parent: u32) {
        while self.scopes.last().is_some_and(|(id, _)| *id != parent) {
            for n in self.scopes.pop().unwrap().1 {
                self.names.remove(&n);
            }
        }
    }
    /// MLIR's `uniqueValueName`: `name`, else `name_N` with the next free conflict id.
    fn unique(&mut self, name: &str, next_conflict: &mut u32) -> Box<str> {
        let mut chosen: Box<str> = sanitize_identifier(name).into();
        if self.names.contains(&chosen) {
            loop {
                let probe = format!("{chosen}_{next_conflict}");
                *next_conflict += 1;
                if !self.names.contains(probe.as_str()) {
                    chosen = probe.into();
                    break;
                }
            }
        }
        self.names.insert(chosen.clone());
        if let Some((_, added)) = self.scopes.last_mut() {
            added.push(chosen.clone());
        }
        chosen
    }
}

/// MLIR's `sanitizeIdentifier`: characters outside `[A-Za-z0-9$._-]` become `_`, and a
/// leading digit gets a `_` in front.
fn sanitize_identifier(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 1);
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        out.push('_');
    }
    out.extend(name.chars().map(|c| {
        if c.is_ascii_alphanumeric() || "$._-".contains(c) {
            c
        } else {
            '_'
        }
    }));
    out
}

/// Writes op text; passed to custom printers and declarative formats.
pub struct AsmPrinter<'a> {
    pub ctx: &'a Context,
    pub ir: &'a Ir,
    pub opts: PrintOptions,
    out: String,
    indent: usize,
    names: ArenaMap<ValueId, ValueName>,
    block_names: ArenaMap<BlockId, u32>,
    aliases: FxHashMap<Attribute, String>,
    alias_list: Vec<(Attribute, String)>,
    /// During the alias dry run: the attributes met so far, in order, and whether the
    /// place they were met at allows a deferred definition (op locations).
    collecting: Option<Vec<(Attribute, bool)>>,
    /// Aliases defined after the module (locations used only by ops).
    deferred_aliases: Vec<(Attribute, String)>,
    /// Default dialects of the enclosing ops, innermost last (`func` inside `func.func`).
    default_dialects: Vec<&'static str>,
}

impl<'a> AsmPrinter<'a> {
    fn new(ctx: &'a Context, ir: &'a Ir, opts: PrintOptions) -> Self {
        AsmPrinter {
            ctx,
            ir,
            opts,
            out: String::new(),
            indent: 0,
            names: ArenaMap::default(),
            block_names: ArenaMap::default(),
            aliases: FxHashMap::default(),
            alias_list: Vec::new(),
            collecting: None,
            deferred_aliases: Vec::new(),
            default_dialects: Vec::new(),
        }
    }

    // ----- naming -----

    fn number_values(&mut self, root: OpId) {
        let (mut next_value, mut next_arg, mut next_conflict) = (0u32, 0u32, 0u32);
        let mut used = UsedNames::default();
        let top = used.open();
        let mut stack: Vec<(RegionId, u32, u32, u32, u32)> = Vec::new();
        for &r in self.ir.regions(root) {
            stack.push((r, next_value, next_arg, next_conflict, top));
        }
        self.number_op(root, &mut next_value, &mut next_conflict, &mut used);
        while let Some((region, v, a, c, parent_scope)) = stack.pop() {
            if !self.opts.generic {
                next_value = v;
                next_arg = a;
                next_conflict = c;
            }
            used.close_to(parent_scope);
            let scope = used.open();
            for (i, &block) in self.ir.region_blocks(region).iter().enumerate() {
                self.block_names.insert(block, i as u32);
                for &arg in self.ir.block_args(block) {
                    let name = if i == 0 {
                        next_arg += 1;
                        ValueName::Arg(next_arg - 1)
                    } else {
                        next_value += 1;
                        ValueName::Number(next_value - 1)
                    };
                    self.names.insert(arg, name);
                }
                for op in self.ir.block_ops(block) {
                    self.number_op(op, &mut next_value, &mut next_conflict, &mut used);
                }
            }
            for &block in self.ir.region_blocks(region) {
                for op in self.ir.block_ops(block) {
                    for &r in self.ir.regions(op) {
                        stack.push((r, next_value, next_arg, next_conflict, scope));
                    }
                }
            }
        }
    }

    /// Names the results of `op`: the name its `result_names` hook chooses (pretty form
    /// only, as MLIR calls `getAsmResultNames` only then), else the next number.
    fn number_op(
        &mut self,
        op: OpId,
        next_value: &mut u32,
        next_conflict: &mut u32,
        used: &mut UsedNames,
    ) {
        let Some(first) = self.ir.results(op).get(0) else {
            return;
        };
        let hook = (!self.opts.generic)
            .then(|| self.ctx.op_def(self.ir.op_name(op))?.result_names)
            .flatten();
        if let Some(name) = hook.and_then(|f| f(self.ctx, self.ir, op)) {
            let name = used.unique(&name, next_conflict);
            self.names.insert(first, ValueName::Named(name));
            return;
        }
        self.names.insert(first, ValueName::Number(*next_value));
        *next_value += 1;
    }

    // ----- aliases -----

    /// Names affine maps, integer sets and (with debuginfo) locations `#map`, `#map1`, ...,
    /// `#set`, `#loc`, ... exactly as mlir-opt does: a dry run of the printer records what
    /// it would print (MLIR's `DummyAliasOperationPrinter`; generic ops visit regions, then
    /// operand and result types, then attributes; an op's location before all of it), then
    /// aliases are ordered by nesting depth, prefix and first visit, and numbered per prefix.
    /// Aliases met only in op locations are "deferred": defined after the module.
    fn collect_aliases(&mut self, root: OpId) {
        self.collecting = Some(Vec::new());
        self.print_operation(root);
        let found = self.collecting.take().unwrap_or_default();
        self.out.clear();
        struct Info {
            attr: Attribute,
            prefix: &'static str,
            depth: u32,
            deferred: bool,
        }
        let mut infos: Vec<Info> = Vec::new();
        let mut index: FxHashMap<Attribute, usize> = FxHashMap::default();
        for (attr, deferrable) in found {
            let prefix = match self.ctx.attr_kind(attr) {
                AttrKind::AffineMap(_) => "map",
                AttrKind::IntegerSet(_) => "set",
                AttrKind::Location(_) => "loc",
                _ => continue,
            };
            match index.get(&attr) {
                Some(&i) => infos[i].deferred &= deferrable,
                None => {
                    index.insert(attr, infos.len());
                    let depth = self.alias_depth(attr);
                    infos.push(Info {
                        attr,
                        prefix,
                        depth,
                        deferred: deferrable,
                    });
                }
            }
        }
        // Stable: equal keys keep the order of first visit.
        infos.sort_by(|a, b| (a.depth, a.prefix).cmp(&(b.depth, b.prefix)));
        let mut counters: FxHashMap<&'static str, u32> = FxHashMap::default();
        for info in infos {
            let n = counters.entry(info.prefix).or_insert(0);
            let name = if *n == 0 {
                format!("#{}", info.prefix)
            } else {
                format!("#{}{}", info.prefix, n)
            };
            *n += 1;
            self.aliases.insert(info.attr, name.clone());
            if info.deferred {
                self.deferred_aliases.push((info.attr, name));
            } else {
                self.alias_list.push((info.attr, name));
            }
        }
    }

    /// 0 for an alias that uses no other alias, else one more than its deepest part.
    fn alias_depth(&self, attr: Attribute) -> u32 {
        let children: Vec<Attribute> = match self.ctx.as_location(attr) {
            Some(LocationKind::Name { child: Some(c), .. }) => vec![*c],
            Some(LocationKind::CallSite { callee, caller }) => vec![*callee, *caller],
            Some(LocationKind::Fused { locs, .. }) => locs.to_vec(),
            _ => Vec::new(),
        };
        children
            .into_iter()
            .map(|c| self.alias_depth(c) + 1)
            .max()
            .unwrap_or(0)
    }

    /// Records a location and its parts (parts first) during the alias dry run.
    fn collect_loc(&mut self, loc: Attribute, deferrable: bool) {
        if self.collecting.is_none() || !self.opts.debuginfo {
            return;
        }
        let ctx = self.ctx;
        match ctx.as_location(loc) {
            Some(LocationKind::Name { child: Some(c), .. })
                if !matches!(ctx.as_location(*c), Some(LocationKind::Unknown)) =>
            {
                self.collect_loc(*c, deferrable);
            }
            Some(LocationKind::CallSite { callee, caller }) => {
                let (a, b) = (*callee, *caller);
                self.collect_loc(a, deferrable);
                self.collect_loc(b, deferrable);
            }
            Some(LocationKind::Fused { locs, .. }) => {
                for &l in locs.iter() {
                    self.collect_loc(l, deferrable);
                }
            }
            _ => {}
        }
        if let Some(found) = self.collecting.as_mut() {
            found.push((loc, deferrable));
        }
    }

    fn collect_type(&mut self, ty: Type) {
        if let Some(found) = self.collecting.as_mut() {
            let mut attrs = Vec::new();
            collect_type_attrs(self.ctx, ty, &mut attrs);
            found.extend(attrs.into_iter().map(|a| (a, false)));
        }
    }

    fn collect_attr(&mut self, attr: Attribute) {
        if let Some(found) = self.collecting.as_mut() {
            let mut attrs = Vec::new();
            collect_attr_attrs(self.ctx, attr, &mut attrs);
            found.extend(attrs.into_iter().map(|a| (a, false)));
        }
    }

    // ----- primitives for custom printers -----

    pub fn write(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// The name of a value without a result number (`%0` for a group `%0:2`).
    fn print_value_name(&mut self, v: ValueId) {
        match self.names.get(v) {
            Some(ValueName::Number(n)) => write!(self.out, "%{n}").unwrap(),
            Some(ValueName::Arg(n)) => write!(self.out, "%arg{n}").unwrap(),
            Some(ValueName::Named(n)) => write!(self.out, "%{n}").unwrap(),
            None => self.out.push_str("<<UNKNOWN SSA VALUE>>"),
        }
    }

    pub fn print_value(&mut self, v: ValueId) {
        let (lookup, number) = match self.ir.value_def(v) {
            ValueDef::OpResult { op, index } if self.ir.num_results(op) > 1 => {
                (self.ir.result(op, 0), Some(index))
            }
            _ => (v, None),
        };
        self.print_value_name(lookup);
        if let Some(n) = number {
            write!(self.out, "#{n}").unwrap();
        }
    }

    pub fn print_values(&mut self, vs: &[ValueId]) {
        for (i, &v) in vs.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.print_value(v);
        }
    }

    pub fn print_type(&mut self, ty: Type) {
        self.collect_type(ty);
        write_type(self.ctx, ty, &mut self.out, Some(&self.aliases));
    }

    pub fn print_types(&mut self, tys: &[Type]) {
        for (i, &t) in tys.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.print_type(t);
        }
    }

    /// The types of `values`, comma separated.
    pub fn print_value_types(&mut self, vs: &[ValueId]) {
        let tys: Vec<Type> = vs.iter().map(|&v| self.ir.value_type(v)).collect();
        self.print_types(&tys);
    }

    pub fn print_attr(&mut self, attr: Attribute) {
        self.collect_attr(attr);
        write_attr(self.ctx, attr, &mut self.out, Some(&self.aliases));
    }

    /// `(inputs) -> results` as in a generic op signature.
    pub fn print_functional_type(&mut self, inputs: &[Type], results: &[Type]) {
        self.out.push('(');
        self.print_types(inputs);
        self.out.push_str(") -> ");
        self.print_function_results(results);
    }

    /// Results of a function type: `i32`, `()`, `(i32, f32)`; a lone function type is
    /// parenthesized.
    pub fn print_function_results(&mut self, results: &[Type]) {
        let wrap = results.len() != 1
            || matches!(self.ctx.type_kind(results[0]), TypeKind::Function { .. });
        if wrap {
            self.out.push('(');
        }
        self.print_types(results);
        if wrap {
            self.out.push(')');
        }
    }

    /// ` {a = 1, b}` for the entries of `dict` not named in `elided`; nothing when empty.
    pub fn print_optional_attr_dict(&mut self, entries: &[NamedAttr], elided: &[&str]) {
        let kept: Vec<NamedAttr> = entries
            .iter()
            .copied()
            .filter(|e| !elided.contains(&self.ctx.ident_str(e.name)))
            .collect();
        if kept.is_empty() {
            return;
        }
        for e in &kept {
            self.collect_attr(e.value);
        }
        self.out.push(' ');
        write_dict_entries(self.ctx, &kept, &mut self.out, Some(&self.aliases));
    }

    /// ` attributes {a = 1}` (MLIR's `attr-dict-with-keyword`).
    pub fn print_optional_attr_dict_with_keyword(
        &mut self,
        entries: &[NamedAttr],
        elided: &[&str],
    ) {
        let any = entries
            .iter()
            .any(|e| !elided.contains(&self.ctx.ident_str(e.name)));
        if any {
            self.out.push_str(" attributes");
            self.print_optional_attr_dict(entries, elided);
        }
    }

    /// All attributes of `op` (properties first, then discardable), as one list.
    pub fn op_attr_entries(&self, op: OpId) -> Vec<NamedAttr> {
        let mut v: Vec<NamedAttr> = self
            .ir
            .props(op)
            .map(|p| self.ctx.dict_entries(p).to_vec())
            .unwrap_or_default();
        v.extend_from_slice(self.ctx.dict_entries(self.ir.attrs(op)));
        v.sort_by(|a, b| self.ctx.ident_str(a.name).cmp(self.ctx.ident_str(b.name)));
        v
    }

    pub fn print_symbol_name(&mut self, name: &[u8]) {
        self.out.push('@');
        write_symbol(name, &mut self.out);
    }

    pub fn print_successor(&mut self, block: BlockId) {
        match self.block_names.get(block) {
            Some(n) => write!(self.out, "^bb{n}").unwrap(),
            None => self.out.push_str("^INVALIDBLOCK"),
        }
    }

    /// `^bb1(%a, %b : i32, f32)` or `^bb1`.
    pub fn print_successor_and_operands(&mut self, block: BlockId, operands: &[ValueId]) {
        self.print_successor(block);
        if !operands.is_empty() {
            self.out.push('(');
            self.print_values(operands);
            self.out.push_str(" : ");
            self.print_value_types(operands);
            self.out.push(')');
        }
    }

    /// `%arg0: i32` plus ` {attrs}` and ` loc(...)` when asked and present.
    pub fn print_block_arg(&mut self, arg: ValueId, attrs: Option<Attribute>) {
        self.print_value(arg);
        self.out.push_str(": ");
        self.print_type(self.ir.value_type(arg));
        if let Some(a) = attrs {
            let entries = self.ctx.dict_entries(a).to_vec();
            self.print_optional_attr_dict(&entries, &[]);
        }
        if self.opts.debuginfo {
            if let Some(loc) = self.ir.arg_loc(arg) {
                self.collect_loc(loc, false);
                self.out.push_str(" loc(");
                write_location_body(self.ctx, loc, &mut self.out, Some(&self.aliases), true);
                self.out.push(')');
            }
        }
    }

    /// `loc(#locN)`, or the location spelled out when it has no alias.
    pub fn print_loc(&mut self, loc: Attribute) {
        self.out.push_str("loc(");
        write_location_body(self.ctx, loc, &mut self.out, Some(&self.aliases), false);
        self.out.push(')');
    }

    /// A region `{ ... }` at the current indentation. Custom forms pass
    /// `print_entry_args = false` when their syntax already shows the entry arguments, and
    /// `print_terminators = false` to leave out the entry block's last op.
    pub fn print_region(
        &mut self,
        region: RegionId,
        print_entry_args: bool,
        print_terminators: bool,
    ) {
        self.print_region_impl(region, print_entry_args, print_terminators, false);
    }

    /// MLIR's `printRegion`: the entry block header is printed when it has arguments to show,
    /// or (generic form) when the block is empty.
    fn print_region_impl(
        &mut self,
        region: RegionId,
        print_entry_args: bool,
        print_terminators: bool,
        print_empty_block: bool,
    ) {
        self.out.push_str("{\n");
        self.indent += 2;
        let blocks = self.ir.region_blocks(region).to_vec();
        for (i, &block) in blocks.iter().enumerate() {
            let is_entry = i == 0;
            let header = !is_entry
                || (print_empty_block && self.ir.first_op(block).is_none())
                || (print_entry_args && !self.ir.block_args(block).is_empty());
            if header {
                self.print_block_header(block, is_entry, region);
            }
            let last = self.ir.last_op(block);
            for op in self.ir.block_ops(block) {
                if is_entry && !print_terminators && Some(op) == last {
                    continue;
                }
                self.newline_indent();
                self.print_operation(op);
                self.out.push('\n');
            }
        }
        self.indent -= 2;
        self.newline_indent();
        self.out.push('}');
    }

    fn print_block_header(&mut self, block: BlockId, is_entry: bool, region: RegionId) {
        for _ in 0..self.indent.saturating_sub(2) {
            self.out.push(' ');
        }
        self.print_successor(block);
        let args = self.ir.block_args(block).to_vec();
        if !args.is_empty() {
            self.out.push('(');
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.print_block_arg(a, None);
            }
            self.out.push(')');
        }
        self.out.push(':');
        if !is_entry {
            let preds = self.predecessors(block, region);
            match preds.len() {
                0 => self.out.push_str("  // no predecessors"),
                1 => {
                    self.out.push_str("  // pred: ");
                    self.print_successor(preds[0]);
                }
                n => {
                    write!(self.out, "  // {n} preds: ").unwrap();
                    for (i, &p) in preds.iter().enumerate() {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        self.print_successor(p);
                    }
                }
            }
        }
        self.out.push('\n');
    }

    /// Blocks of `region` whose terminator branches to `block`, in block order.
    fn predecessors(&self, block: BlockId, region: RegionId) -> Vec<BlockId> {
        let mut preds = Vec::new();
        for &b in self.ir.region_blocks(region) {
            if let Some(term) = self.ir.last_op(b) {
                // One entry per edge, as MLIR's use-list based `getPredecessors`.
                for _ in self.ir.successors(term).iter().filter(|&&s| s == block) {
                    preds.push(b);
                }
            }
        }
        preds
    }

    /// A line break, then the indentation of the op being printed (MLIR's
    /// `printNewline`): for custom forms that span lines (`cf.switch`).
    pub fn print_newline(&mut self) {
        self.out.push('\n');
        self.newline_indent();
    }

    fn newline_indent(&mut self) {
        for _ in 0..self.indent {
            self.out.push(' ');
        }
    }

    /// The name under which a custom form prints `name`: without the prefix of the
    /// enclosing default dialect (`return` in `func.func`), `module` for `builtin.module`.
    pub fn custom_op_name(&self, name: &'static str) -> &'static str {
        if let Some((dialect, rest)) = name.split_once('.') {
            if dialect == "builtin" || self.default_dialects.last() == Some(&dialect) {
                return rest;
            }
        }
        name
    }

    // ----- operations -----

    /// Prints one op (without leading indentation or trailing newline).
    pub fn print_operation(&mut self, op: OpId) {
        self.collect_loc(self.ir.loc(op), true);
        let n = self.ir.num_results(op);
        if n > 0 {
            self.print_value_name(self.ir.result(op, 0));
            if n > 1 {
                write!(self.out, ":{n}").unwrap();
            }
            self.out.push_str(" = ");
        }
        let registered = if self.opts.generic {
            None
        } else {
            self.ctx
                .registry()
                .registered(self.ctx.op_name_str(self.ir.op_name(op)))
        };
        match registered {
            Some(reg) if reg.def.custom_asm.is_some() || reg.format.is_some() => {
                if reg.def.custom_asm.is_none() {
                    let name = self.custom_op_name(reg.def.name);
                    self.out.push_str(name);
                }
                // As MLIR: every custom-printed op sets the default dialect of its regions
                // (empty unless it declares one).
                self.default_dialects
                    .push(reg.def.default_dialect().unwrap_or(""));
                match (reg.def.custom_asm, &reg.format) {
                    (Some(custom), _) => (custom.print)(self, op),
                    (None, Some(format)) => {
                        crate::asm_format::print_with_format(format, reg.def, self, op);
                    }
                    (None, None) => unreachable!(),
                }
                self.default_dialects.pop();
            }
            _ => self.print_generic_body(op),
        }
        if self.opts.debuginfo {
            self.out.push(' ');
            self.print_loc(self.ir.loc(op));
        }
    }

    /// What the alias dry run visits for a generic op, in MLIR's order.
    fn collect_generic(&mut self, op: OpId) {
        let saved = std::mem::take(&mut self.default_dialects);
        for r in self.ir.regions(op).to_vec() {
            self.print_region_impl(r, true, true, true);
        }
        self.default_dialects = saved;
        for &v in self.ir.operands(op) {
            self.collect_type(self.ir.value_type(v));
        }
        for v in self.ir.results(op).iter() {
            self.collect_type(self.ir.value_type(v));
        }
        // mlir-opt does not look for aliases in an unregistered op's properties (it still
        // uses aliases that exist).
        if let Some(p) = self
            .ir
            .props(op)
            .filter(|_| self.ctx.op_def(self.ir.op_name(op)).is_some())
        {
            self.collect_attr(p);
        }
        self.collect_attr(self.ir.attrs(op));
    }

    fn print_generic_body(&mut self, op: OpId) {
        if self.collecting.is_some() {
            return self.collect_generic(op);
        }
        let ctx = self.ctx;
        let name = ctx.op_name_str(self.ir.op_name(op));
        self.out.push('"');
        write_escaped(name.as_bytes(), &mut self.out);
        self.out.push_str("\"(");
        let operands = self.ir.operands(op).to_vec();
        self.print_values(&operands);
        self.out.push(')');
        let succs = self.ir.successors(op).to_vec();
        if !succs.is_empty() {
            self.out.push('[');
            for (i, &b) in succs.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.print_successor(b);
            }
            self.out.push(']');
        }
        if let Some(props) = self.ir.props(op) {
            let entries = ctx.dict_entries(props);
            if !entries.is_empty() {
                self.out.push_str(" <");
                write_dict_entries(ctx, entries, &mut self.out, Some(&self.aliases));
                self.out.push('>');
            }
        }
        let regions = self.ir.regions(op).to_vec();
        if !regions.is_empty() {
            self.out.push_str(" (");
            let saved = std::mem::take(&mut self.default_dialects);
            for (i, &r) in regions.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.print_region_impl(r, true, true, true);
            }
            self.default_dialects = saved;
            self.out.push(')');
        }
        let attrs = ctx.dict_entries(self.ir.attrs(op)).to_vec();
        self.print_optional_attr_dict(&attrs, &[]);
        self.out.push_str(" : ");
        let ins: Vec<Type> = operands.iter().map(|&v| self.ir.value_type(v)).collect();
        let outs: Vec<Type> = self
            .ir
            .results(op)
            .iter()
            .map(|v| self.ir.value_type(v))
            .collect();
        self.print_functional_type(&ins, &outs);
    }
}

// ----- types and attributes (free functions: also used for diagnostics) -----

type Aliases = FxHashMap<Attribute, String>;

fn collect_type_attrs(ctx: &Context, ty: Type, out: &mut Vec<Attribute>) {
    match ctx.type_kind(ty) {
        TypeKind::Complex(t) | TypeKind::UnrankedTensor { elem: t } => {
            collect_type_attrs(ctx, *t, out)
        }
        TypeKind::Tuple(ts) => ts.iter().for_each(|&t| collect_type_attrs(ctx, t, out)),
        TypeKind::Function { inputs, results } => inputs
            .iter()
            .chain(results.iter())
            .for_each(|&t| collect_type_attrs(ctx, t, out)),
        TypeKind::RankedTensor { elem, encoding, .. } => {
            collect_type_attrs(ctx, *elem, out);
            if let Some(e) = encoding {
                collect_attr_attrs(ctx, *e, out);
            }
        }
        TypeKind::MemRef {
            elem,
            layout,
            memory_space,
            ..
        } => {
            collect_type_attrs(ctx, *elem, out);
            for a in layout.iter().chain(memory_space.iter()) {
                collect_attr_attrs(ctx, *a, out);
            }
        }
        TypeKind::UnrankedMemRef { elem, memory_space } => {
            collect_type_attrs(ctx, *elem, out);
            if let Some(m) = memory_space {
                collect_attr_attrs(ctx, *m, out);
            }
        }
        TypeKind::Vector { elem, .. } => collect_type_attrs(ctx, *elem, out),
        _ => {}
    }
}

fn collect_attr_attrs(ctx: &Context, attr: Attribute, out: &mut Vec<Attribute>) {
    match ctx.attr_kind(attr) {
        AttrKind::AffineMap(_) | AttrKind::IntegerSet(_) => out.push(attr),
        AttrKind::Array(items) => items.iter().for_each(|&a| collect_attr_attrs(ctx, a, out)),
        AttrKind::Dictionary(entries) => entries
            .iter()
            .for_each(|e| collect_attr_attrs(ctx, e.value, out)),
        AttrKind::Type(t) => collect_type_attrs(ctx, *t, out),
        AttrKind::DenseElements { ty, .. }
        | AttrKind::Integer { ty, .. }
        | AttrKind::Float { bits: _, ty } => collect_type_attrs(ctx, *ty, out),
        _ => {}
    }
}

fn write_dims(shape: &[i64], scalable: Option<&[bool]>, out: &mut String) {
    for (i, &d) in shape.iter().enumerate() {
        let sc = scalable.is_some_and(|s| s.get(i).copied().unwrap_or(false));
        if sc {
            out.push('[');
        }
        if d == DYNAMIC {
            out.push('?');
        } else {
            write!(out, "{d}").unwrap();
        }
        if sc {
            out.push(']');
        }
        out.push('x');
    }
}

pub(crate) fn write_type(ctx: &Context, ty: Type, out: &mut String, aliases: Option<&Aliases>) {
    match ctx.type_kind(ty) {
        TypeKind::Integer { width, signedness } => {
            let prefix = match signedness {
                Signedness::Signless => "i",
                Signedness::Signed => "si",
                Signedness::Unsigned => "ui",
            };
            write!(out, "{prefix}{width}").unwrap();
        }
        TypeKind::Index => out.push_str("index"),
        TypeKind::Float(k) => out.push_str(k.keyword()),
        TypeKind::None => out.push_str("none"),
        TypeKind::Complex(t) => {
            out.push_str("complex<");
            write_type(ctx, *t, out, aliases);
            out.push('>');
        }
        TypeKind::Tuple(ts) => {
            out.push_str("tuple<");
            write_type_list(ctx, ts, out, aliases);
            out.push('>');
        }
        TypeKind::Function { inputs, results } => {
            out.push('(');
            write_type_list(ctx, inputs, out, aliases);
            out.push_str(") -> ");
            let wrap = results.len() != 1
                || matches!(ctx.type_kind(results[0]), TypeKind::Function { .. });
            if wrap {
                out.push('(');
            }
            write_type_list(ctx, results, out, aliases);
            if wrap {
                out.push(')');
            }
        }
        TypeKind::RankedTensor {
            shape,
            elem,
            encoding,
        } => {
            out.push_str("tensor<");
            write_dims(shape, None, out);
            write_type(ctx, *elem, out, aliases);
            if let Some(e) = encoding {
                out.push_str(", ");
                write_attr(ctx, *e, out, aliases);
            }
            out.push('>');
        }
        TypeKind::UnrankedTensor { elem } => {
            out.push_str("tensor<*x");
            write_type(ctx, *elem, out, aliases);
            out.push('>');
        }
        TypeKind::MemRef {
            shape,
            elem,
            layout,
            memory_space,
        } => {
            out.push_str("memref<");
            write_dims(shape, None, out);
            write_type(ctx, *elem, out, aliases);
            if let Some(l) = layout {
                out.push_str(", ");
                write_attr(ctx, *l, out, aliases);
            }
            if let Some(m) = memory_space {
                out.push_str(", ");
                write_attr_elide_i64(ctx, *m, out, aliases);
            }
            out.push('>');
        }
        TypeKind::UnrankedMemRef { elem, memory_space } => {
            out.push_str("memref<*x");
            write_type(ctx, *elem, out, aliases);
            if let Some(m) = memory_space {
                out.push_str(", ");
                write_attr_elide_i64(ctx, *m, out, aliases);
            }
            out.push('>');
        }
        TypeKind::Vector {
            shape,
            scalable,
            elem,
        } => {
            out.push_str("vector<");
            write_dims(shape, Some(scalable), out);
            write_type(ctx, *elem, out, aliases);
            out.push('>');
        }
        TypeKind::Opaque { dialect, body } => write_dialect_entity('!', dialect, body, out),
    }
}

/// `!dialect.body` / `#dialect.body`, or the opaque form `!dialect<"...">`, as written.
fn write_dialect_entity(sigil: char, dialect: &str, body: &str, out: &mut String) {
    out.push(sigil);
    out.push_str(dialect);
    if !body.is_empty() && !body.starts_with('<') {
        out.push('.');
    }
    out.push_str(body);
}

fn write_type_list(ctx: &Context, tys: &[Type], out: &mut String, aliases: Option<&Aliases>) {
    for (i, &t) in tys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_type(ctx, t, out, aliases);
    }
}

/// Integer attributes of type i64 print without their type in a few places (memory spaces).
fn write_attr_elide_i64(
    ctx: &Context,
    attr: Attribute,
    out: &mut String,
    aliases: Option<&Aliases>,
) {
    match ctx.attr_kind(attr) {
        AttrKind::Integer { value, ty } if ctx.is_signless_integer(*ty, Some(64)) => {
            write!(out, "{value}").unwrap()
        }
        _ => write_attr(ctx, attr, out, aliases),
    }
}

fn is_bare_identifier(s: &[u8]) -> bool {
    matches!(s.first(), Some(c) if c.is_ascii_alphabetic() || *c == b'_')
        && s.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'.'))
}

/// MLIR's string escaping: printable ASCII as is, `\\`, and `\XX` for the rest.
pub fn write_escaped(bytes: &[u8], out: &mut String) {
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\22"),
            0x20..=0x7e => out.push(b as char),
            _ => write!(out, "\\{b:02X}").unwrap(),
        }
    }
}

fn write_string(bytes: &[u8], out: &mut String) {
    out.push('"');
    write_escaped(bytes, out);
    out.push('"');
}

fn write_symbol(name: &[u8], out: &mut String) {
    if is_bare_identifier(name) {
        out.push_str(std::str::from_utf8(name).unwrap_or_default());
    } else {
        write_string(name, out);
    }
}

fn write_dict_entries(
    ctx: &Context,
    entries: &[NamedAttr],
    out: &mut String,
    aliases: Option<&Aliases>,
) {
    out.push('{');
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_symbol(ctx.ident_str(e.name).as_bytes(), out);
        if !matches!(ctx.attr_kind(e.value), AttrKind::Unit) {
            out.push_str(" = ");
            write_attr(ctx, e.value, out, aliases);
        }
    }
    out.push('}');
}

/// The float kind of a type, if it is a float type.
fn float_kind(ctx: &Context, ty: Type) -> Option<FloatKind> {
    match ctx.type_kind(ty) {
        TypeKind::Float(k) => Some(*k),
        _ => None,
    }
}

fn write_int_value(ctx: &Context, value: i128, ty: Type, out: &mut String) {
    match ctx.type_kind(ty) {
        TypeKind::Integer { width: 1, .. } => {
            out.push_str(if value != 0 { "true" } else { "false" })
        }
        TypeKind::Integer {
            width,
            signedness: Signedness::Unsigned,
        } if *width < 128 => {
            let mask = (1u128 << width) - 1;
            write!(out, "{}", (value as u128) & mask).unwrap()
        }
        _ => write!(out, "{value}").unwrap(),
    }
}

fn write_float_value(ctx: &Context, bits: u64, ty: Type, out: &mut String) {
    let kind = float_kind(ctx, ty).unwrap_or(FloatKind::F64);
    out.push_str(&format_float(f64::from_bits(bits), kind));
}

pub(crate) fn write_attr(
    ctx: &Context,
    attr: Attribute,
    out: &mut String,
    aliases: Option<&Aliases>,
) {
    if let Some(name) = aliases.and_then(|a| a.get(&attr)) {
        out.push_str(name);
        return;
    }
    match ctx.attr_kind(attr) {
        AttrKind::Unit => out.push_str("unit"),
        AttrKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        AttrKind::Integer { value, ty } => {
            write_int_value(ctx, *value, *ty, out);
            if !ctx.is_signless_integer(*ty, Some(1)) {
                out.push_str(" : ");
                write_type(ctx, *ty, out, aliases);
            }
        }
        AttrKind::Float { bits, ty } => {
            write_float_value(ctx, *bits, *ty, out);
            out.push_str(" : ");
            write_type(ctx, *ty, out, aliases);
        }
        AttrKind::String { value, ty } => {
            write_string(value, out);
            if let Some(t) = ty {
                out.push_str(" : ");
                write_type(ctx, *t, out, aliases);
            }
        }
        AttrKind::Type(t) => write_type(ctx, *t, out, aliases),
        AttrKind::Array(items) => {
            out.push('[');
            for (i, &a) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_array_element(ctx, a, out, aliases);
            }
            out.push(']');
        }
        AttrKind::Dictionary(entries) => write_dict_entries(ctx, entries, out, aliases),
        AttrKind::SymbolRef { root, nested } => {
            out.push('@');
            write_symbol(ctx.ident_str(*root).as_bytes(), out);
            for n in nested.iter() {
                out.push_str("::@");
                write_symbol(ctx.ident_str(*n).as_bytes(), out);
            }
        }
        AttrKind::DenseArray { elem, data } => {
            out.push_str("array<");
            write_type(ctx, *elem, out, aliases);
            if !data.is_empty() {
                out.push_str(": ");
                write_dense_flat(ctx, *elem, data, out);
            }
            out.push('>');
        }
        AttrKind::DenseElements { ty, splat, data } => {
            out.push_str("dense<");
            let (shape, elem) = ctx
                .shape_and_elem(*ty)
                .map(|(s, e)| (s.to_vec(), e))
                .unwrap_or((vec![], *ty));
            let elem = ctx.element_type(*ty).unwrap_or(elem);
            let hex = (!*splat && data.len() > DENSE_HEX_THRESHOLD && !all_equal(data))
                .then(|| dense_hex(ctx, elem, data))
                .flatten();
            if let Some(hex) = hex {
                out.push_str(&hex);
            } else if *splat || (data.len() > 1 && all_equal(data)) {
                write_dense_element(ctx, elem, data, 0, out);
            } else if !data.is_empty() || shape.iter().product::<i64>() != 0 {
                write_dense_nested(ctx, elem, data, &shape, &mut 0, out);
            }
            out.push_str("> : ");
            write_type(ctx, *ty, out, aliases);
        }
        AttrKind::AffineMap(map) => {
            out.push_str("affine_map<");
            write_dim_sym_lists(map.num_dims, map.num_symbols, out);
            out.push_str(" -> (");
            for (i, e) in map.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                crate::affine::write_affine_expr(e, out);
            }
            out.push_str(")>");
        }
        AttrKind::IntegerSet(set) => {
            out.push_str("affine_set<");
            write_dim_sym_lists(set.num_dims, set.num_symbols, out);
            out.push_str(" : (");
            for (i, c) in set.constraints.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                crate::affine::write_affine_expr(&c.expr, out);
                out.push_str(if c.is_equality { " == 0" } else { " >= 0" });
            }
            out.push_str(")>");
        }
        AttrKind::Strided { strides, offset } => {
            out.push_str("strided<[");
            for (i, &s) in strides.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_dyn(s, out);
            }
            out.push(']');
            if *offset != 0 {
                out.push_str(", offset: ");
                write_dyn(*offset, out);
            }
            out.push('>');
        }
        AttrKind::Opaque { dialect, body } => write_dialect_entity('#', dialect, body, out),
        AttrKind::Location(_) => {
            out.push_str("loc(");
            write_location_body(ctx, attr, out, aliases, true);
            out.push(')');
        }
    }
}

/// Array elements elide the default types (`i64`, `f64`), as MLIR's `AttrTypeElision::May`.
fn write_array_element(
    ctx: &Context,
    attr: Attribute,
    out: &mut String,
    aliases: Option<&Aliases>,
) {
    if aliases.is_some_and(|a| a.contains_key(&attr)) {
        return write_attr(ctx, attr, out, aliases);
    }
    match ctx.attr_kind(attr) {
        AttrKind::Integer { value, ty } if ctx.is_signless_integer(*ty, Some(64)) => {
            write!(out, "{value}").unwrap()
        }
        AttrKind::Float { bits, ty }
            if matches!(ctx.type_kind(*ty), TypeKind::Float(FloatKind::F64)) =>
        {
            let text = format_float(f64::from_bits(*bits), FloatKind::F64);
            out.push_str(&text);
            if text.starts_with("0x") {
                out.push_str(" : f64");
            }
        }
        _ => write_attr(ctx, attr, out, aliases),
    }
}

/// Elements with more than this many values print as hex, as mlir-opt's default.
const DENSE_HEX_THRESHOLD: usize = 100;

/// Little-endian bytes of int/float elements at their storage width, or `None` when the
/// element kind has no hex form here (i1, complex, strings).
fn dense_hex(ctx: &Context, elem: Type, data: &DenseData) -> Option<String> {
    let width = match ctx.type_kind(elem) {
        TypeKind::Index => 64,
        TypeKind::Integer { width, .. } if width % 8 == 0 => *width,
        TypeKind::Float(k) if k.width() % 8 == 0 => k.width(),
        _ => return None,
    } as usize;
    let mut bytes: Vec<u8> = Vec::new();
    match data {
        DenseData::Int(v) => {
            for &x in v.iter() {
                bytes.extend_from_slice(&x.to_le_bytes()[..width / 8]);
            }
        }
        DenseData::Float(v) => {
            let kind = float_kind(ctx, elem)?;
            for &b in v.iter() {
                let x = f64::from_bits(b);
                match kind {
                    FloatKind::F64 => bytes.extend_from_slice(&b.to_le_bytes()),
                    FloatKind::F32 => bytes.extend_from_slice(&(x as f32).to_bits().to_le_bytes()),
                    FloatKind::F16 => {
                        bytes.extend_from_slice(&half::f16::from_f64(x).to_bits().to_le_bytes())
                    }
                    FloatKind::BF16 => {
                        bytes.extend_from_slice(&half::bf16::from_f64(x).to_bits().to_le_bytes())
                    }
                    _ => return None,
                }
            }
        }
        _ => return None,
    }
    let mut s = String::with_capacity(bytes.len() * 2 + 4);
    s.push_str("\"0x");
    for b in bytes {
        write!(s, "{b:02X}").unwrap();
    }
    s.push('"');
    Some(s)
}

/// All elements equal (MLIR stores such data as a splat).
fn all_equal(data: &DenseData) -> bool {
    fn same<T: PartialEq>(v: &[T]) -> bool {
        v.windows(2).all(|w| w[0] == w[1])
    }
    match data {
        DenseData::Int(v) => same(v),
        DenseData::Float(v) => same(v),
        DenseData::ComplexInt(v) => same(v),
        DenseData::ComplexFloat(v) => same(v),
        DenseData::String(v) => same(v),
    }
}

fn write_dyn(v: i64, out: &mut String) {
    if v == DYNAMIC {
        out.push('?');
    } else {
        write!(out, "{v}").unwrap();
    }
}

fn write_dim_sym_lists(dims: u32, syms: u32, out: &mut String) {
    out.push('(');
    for i in 0..dims {
        if i > 0 {
            out.push_str(", ");
        }
        write!(out, "d{i}").unwrap();
    }
    out.push(')');
    if syms > 0 {
        out.push('[');
        for i in 0..syms {
            if i > 0 {
                out.push_str(", ");
            }
            write!(out, "s{i}").unwrap();
        }
        out.push(']');
    }
}

fn write_dense_element(ctx: &Context, elem: Type, data: &DenseData, i: usize, out: &mut String) {
    let complex_elem = match ctx.type_kind(elem) {
        TypeKind::Complex(t) => *t,
        _ => elem,
    };
    match data {
        DenseData::Int(v) => write_int_value(ctx, v[i], elem, out),
        DenseData::Float(v) => write_float_value(ctx, v[i], elem, out),
        DenseData::ComplexInt(v) => {
            out.push('(');
            write_int_value(ctx, v[i].0, complex_elem, out);
            out.push(',');
            write_int_value(ctx, v[i].1, complex_elem, out);
            out.push(')');
        }
        DenseData::ComplexFloat(v) => {
            out.push('(');
            write_float_value(ctx, v[i].0, complex_elem, out);
            out.push(',');
            write_float_value(ctx, v[i].1, complex_elem, out);
            out.push(')');
        }
        DenseData::String(v) => write_string(&v[i], out),
    }
}

fn write_dense_flat(ctx: &Context, elem: Type, data: &DenseData, out: &mut String) {
    for i in 0..data.len() {
        if i > 0 {
            out.push_str(", ");
        }
        write_dense_element(ctx, elem, data, i, out);
    }
}

fn write_dense_nested(
    ctx: &Context,
    elem: Type,
    data: &DenseData,
    shape: &[i64],
    next: &mut usize,
    out: &mut String,
) {
    match shape.split_first() {
        None => {
            if *next < data.len() {
                write_dense_element(ctx, elem, data, *next, out);
            }
            *next += 1;
        }
        Some((&n, rest)) => {
            out.push('[');
            for i in 0..n.max(0) {
                if i > 0 {
                    out.push_str(", ");
                }
                write_dense_nested(ctx, elem, data, rest, next, out);
            }
            out.push(']');
        }
    }
}

/// The inside of `loc(...)`. With `aliases`, the location itself (unless `spell_out`)
/// and its parts print as their alias names.
pub fn write_location_body(
    ctx: &Context,
    loc: Attribute,
    out: &mut String,
    aliases: Option<&Aliases>,
    spell_out: bool,
) {
    if !spell_out {
        if let Some(name) = aliases.and_then(|a| a.get(&loc)) {
            out.push_str(name);
            return;
        }
    }
    let part = |l: Attribute, out: &mut String| write_location_body(ctx, l, out, aliases, false);
    match ctx.as_location(loc) {
        None | Some(LocationKind::Unknown) => out.push_str("unknown"),
        Some(LocationKind::FileLineCol {
            file,
            line,
            col,
            end,
        }) => {
            write_string(ctx.ident_str(*file).as_bytes(), out);
            write!(out, ":{line}:{col}").unwrap();
            if let Some((l2, c2)) = end {
                if l2 == line {
                    write!(out, " to :{c2}").unwrap();
                } else {
                    write!(out, " to {l2}:{c2}").unwrap();
                }
            }
        }
        Some(LocationKind::Name { name, child }) => {
            write_string(name.as_bytes(), out);
            if let Some(c) = child {
                if !matches!(ctx.as_location(*c), Some(LocationKind::Unknown)) {
                    out.push('(');
                    part(*c, out);
                    out.push(')');
                }
            }
        }
        Some(LocationKind::CallSite { callee, caller }) => {
            out.push_str("callsite(");
            part(*callee, out);
            out.push_str(" at ");
            part(*caller, out);
            out.push(')');
        }
        Some(LocationKind::Fused { metadata, locs }) => {
            out.push_str("fused");
            if let Some(m) = metadata {
                out.push('<');
                write_attr(ctx, *m, out, None);
                out.push('>');
            }
            out.push('[');
            for (i, &l) in locs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                part(l, out);
            }
            out.push(']');
        }
    }
}
