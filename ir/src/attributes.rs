//! Builtin attributes, affine maps and sets, and locations (which are attributes, as in MLIR).
//!
//! Key types: [`AttrKind`], [`NamedAttr`], [`DenseData`], [`AffineExpr`], [`AffineMap`],
//! [`IntegerSet`], [`LocationKind`]. Dialect attributes `#dialect.x<...>` are kept verbatim
//! as [`AttrKind::Opaque`].

use crate::context::{Attribute, Context, Ident, Type};

/// `name = value` in a dictionary.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct NamedAttr {
    pub name: Ident,
    pub value: Attribute,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttrKind {
    Unit,
    /// `true` / `false` (an `i1` integer attribute in MLIR).
    Bool(bool),
    /// `42 : i64`; the value is sign-extended two's complement of the type's width, except
    /// for `i1`, which holds 0 or 1.
    Integer {
        value: i128,
        ty: Type,
    },
    /// `1.5 : f32`; the value is stored as the bits of an `f64`, exact for every float
    /// type up to `f64`.
    Float {
        bits: u64,
        ty: Type,
    },
    /// `"text"` (bytes: MLIR strings may hold any byte via `\hh` escapes), optionally typed.
    String {
        value: Box<[u8]>,
        ty: Option<Type>,
    },
    Type(Type),
    Array(Box<[Attribute]>),
    /// `{a = 1, b}`, kept sorted by name and free of duplicates.
    Dictionary(Box<[NamedAttr]>),
    /// `@root::@nested::@leaf`.
    SymbolRef {
        root: Ident,
        nested: Box<[Ident]>,
    },
    /// `array<i64: 1, 2>`.
    DenseArray {
        elem: Type,
        data: DenseData,
    },
    /// `dense<...> : tensor<...>`; `splat` when one value fills the whole shape.
    DenseElements {
        ty: Type,
        splat: bool,
        data: DenseData,
    },
    AffineMap(AffineMap),
    IntegerSet(IntegerSet),
    /// `strided<[s0, s1], offset: o>` with [`crate::types::DYNAMIC`] for `?`.
    Strided {
        strides: Box<[i64]>,
        offset: i64,
    },
    /// A dialect attribute kept verbatim: `#dialect.body`.
    Opaque {
        dialect: Box<str>,
        body: Box<str>,
    },
    Location(LocationKind),
}

/// The element values of a dense attribute, by element kind.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DenseData {
    /// Integers (and `i1` as 0/1), sign-extended from the element width.
    Int(Box<[i128]>),
    /// Floats as `f64` bits.
    Float(Box<[u64]>),
    /// Complex integers or floats as (re, im) pairs; floats as `f64` bits.
    ComplexInt(Box<[(i128, i128)]>),
    ComplexFloat(Box<[(u64, u64)]>),
    /// String elements (`dense<["a", "b"]> : tensor<2x!foo.string>`).
    String(Box<[Box<[u8]>]>),
}

impl DenseData {
    pub fn len(&self) -> usize {
        match self {
            DenseData::Int(v) => v.len(),
            DenseData::Float(v) => v.len(),
            DenseData::ComplexInt(v) => v.len(),
            DenseData::ComplexFloat(v) => v.len(),
            DenseData::String(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An affine expression. Parsers build it as written (with `Sub` and `Neg`); interning an
/// affine map or set puts every expression in MLIR's canonical form (`crate::affine`),
/// which has no `Sub` or `Neg`, so that equal maps are equal attributes as in MLIR.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AffineExpr {
    Dim(u32),
    Symbol(u32),
    Const(i64),
    Neg(Box<AffineExpr>),
    Add(Box<AffineExpr>, Box<AffineExpr>),
    Sub(Box<AffineExpr>, Box<AffineExpr>),
    Mul(Box<AffineExpr>, Box<AffineExpr>),
    FloorDiv(Box<AffineExpr>, Box<AffineExpr>),
    CeilDiv(Box<AffineExpr>, Box<AffineExpr>),
    Mod(Box<AffineExpr>, Box<AffineExpr>),
}

/// `(d0, d1)[s0] -> (d0 + s0, d1)`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct AffineMap {
    pub num_dims: u32,
    pub num_symbols: u32,
    pub results: Box<[AffineExpr]>,
}

/// One constraint of an integer set: `expr == 0` or `expr >= 0`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct AffineConstraint {
    pub expr: AffineExpr,
    pub is_equality: bool,
}

/// `(d0)[s0] : (d0 - s0 >= 0, d0 == 0)`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct IntegerSet {
    pub num_dims: u32,
    pub num_symbols: u32,
    pub constraints: Box<[AffineConstraint]>,
}

/// Source locations (MLIR's builtin location attributes).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationKind {
    /// `loc(unknown)`.
    Unknown,
    /// `loc("file":line:col)`, or a range `loc("file":l:c to l2:c2)`.
    FileLineCol {
        /// The file name, interned: every op of a file shares it.
        file: Ident,
        line: u32,
        col: u32,
        end: Option<(u32, u32)>,
    },
    /// `loc("name")` or `loc("name"(child))`.
    Name {
        name: Box<str>,
        child: Option<Attribute>,
    },
    /// `loc(callsite(callee at caller))`.
    CallSite {
        callee: Attribute,
        caller: Attribute,
    },
    /// `loc(fused[a, b])` or `loc(fused<#meta>[a, b])`.
    Fused {
        metadata: Option<Attribute>,
        locs: Box<[Attribute]>,
    },
}

/// Convenience constructors and queries.
impl Context {
    pub fn unit_attr(&self) -> Attribute {
        self.intern_attr(AttrKind::Unit)
    }
    pub fn string_attr(&self, s: &str) -> Attribute {
        self.intern_attr(AttrKind::String {
            value: s.as_bytes().into(),
            ty: None,
        })
    }
    pub fn type_attr(&self, ty: Type) -> Attribute {
        self.intern_attr(AttrKind::Type(ty))
    }
    pub fn integer_attr(&self, value: i128, ty: Type) -> Attribute {
        self.intern_attr(AttrKind::Integer { value, ty })
    }
    pub fn array_attr(&self, items: &[Attribute]) -> Attribute {
        self.intern_attr(AttrKind::Array(items.into()))
    }
    pub fn symbol_ref_attr(&self, root: &str) -> Attribute {
        self.intern_attr(AttrKind::SymbolRef {
            root: self.ident(root),
            nested: Box::new([]),
        })
    }
    pub fn unknown_loc(&self) -> Attribute {
        self.intern_attr(AttrKind::Location(LocationKind::Unknown))
    }
    pub fn file_loc(&self, file: &str, line: u32, col: u32) -> Attribute {
        self.intern_attr(AttrKind::Location(LocationKind::FileLineCol {
            file: self.ident(file),
            line,
            col,
            end: None,
        }))
    }

    /// A dictionary attribute: sorts by name; a later duplicate replaces an earlier one.
    pub fn dictionary_attr(&self, mut entries: Vec<NamedAttr>) -> Attribute {
        entries.sort_by(|a, b| self.ident_str(a.name).cmp(self.ident_str(b.name)));
        entries.dedup_by(|later, earlier| {
            let same = later.name == earlier.name;
            if same {
                earlier.value = later.value;
            }
            same
        });
        self.intern_attr(AttrKind::Dictionary(entries.into()))
    }
    pub fn empty_dictionary(&self) -> Attribute {
        self.intern_attr(AttrKind::Dictionary(Box::new([])))
    }
    /// The entries of a dictionary attribute (empty for anything else).
    pub fn dict_entries(&self, dict: Attribute) -> &[NamedAttr] {
        match self.attr_kind(dict) {
            AttrKind::Dictionary(entries) => entries,
            _ => &[],
        }
    }
    pub fn dict_get(&self, dict: Attribute, name: &str) -> Option<Attribute> {
        let entries = self.dict_entries(dict);
        entries
            .binary_search_by(|e| self.ident_str(e.name).cmp(name))
            .ok()
            .map(|i| entries[i].value)
    }
    /// A copy of `dict` with `name` set to `value` (or removed when `value` is `None`).
    pub fn dict_with(&self, dict: Attribute, name: Ident, value: Option<Attribute>) -> Attribute {
        let mut entries: Vec<NamedAttr> = self
            .dict_entries(dict)
            .iter()
            .copied()
            .filter(|e| e.name != name)
            .collect();
        if let Some(value) = value {
            entries.push(NamedAttr { name, value });
        }
        self.dictionary_attr(entries)
    }

    pub fn as_str_attr(&self, attr: Attribute) -> Option<&[u8]> {
        match self.attr_kind(attr) {
            AttrKind::String { value, .. } => Some(value),
            _ => None,
        }
    }
    pub fn as_type_attr(&self, attr: Attribute) -> Option<Type> {
        match self.attr_kind(attr) {
            AttrKind::Type(t) => Some(*t),
            _ => None,
        }
    }
    pub fn as_location(&self, attr: Attribute) -> Option<&LocationKind> {
        match self.attr_kind(attr) {
            AttrKind::Location(l) => Some(l),
            _ => None,
        }
    }
    /// The first `file:line:col` inside a location (through names, call sites, fusions).
    pub fn file_line_col(&self, loc: Attribute) -> Option<(&str, u32, u32)> {
        match self.as_location(loc)? {
            LocationKind::FileLineCol {
                file, line, col, ..
            } => Some((self.ident_str(*file), *line, *col)),
            LocationKind::Name { child, .. } => self.file_line_col((*child)?),
            LocationKind::CallSite { caller, .. } => self.file_line_col(*caller),
            LocationKind::Fused { locs, .. } => locs.iter().find_map(|l| self.file_line_col(*l)),
            LocationKind::Unknown => None,
        }
    }
}
