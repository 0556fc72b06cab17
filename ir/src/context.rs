//! The `Context`: interns types, attributes, identifiers and operation names, and owns the
//! dialect registry.
//!
//! Key types: [`Context`], [`Type`], [`Attribute`], [`Ident`], [`OpName`].
//!
//! **Architecture Invariant:** interned ids are only meaningful with the context that made
//! them; equality of ids is equality of the things they stand for (O(1) comparison).
//! Interning takes `&self` (a short lock on insertion, lock-free reads) so that a future
//! parallel pass manager can share one context across threads, as MLIR's does.

use std::hash::{BuildHasher, Hash};
use std::sync::Mutex;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use crate::attributes::AttrKind;
use crate::dialect::{DialectRegistry, OpDef};
use crate::types::TypeKind;

/// An append-only interner: stable `&T` for every id, O(1) lookups by id, and
/// hashing on insertion only. Written by hand because no crate offers a `Sync` interner
/// for arbitrary keys that hands out plain references without a guard.
pub(crate) struct Interner<T> {
    items: boxcar::Vec<T>,
    table: Mutex<HashTable<u32>>,
}

impl<T: Hash + Eq> Interner<T> {
    fn new() -> Self {
        Interner {
            items: boxcar::Vec::new(),
            table: Mutex::new(HashTable::new()),
        }
    }

    fn intern(&self, value: T) -> u32 {
        let hash = FxBuildHasher.hash_one(&value);
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = table.find(hash, |&id| self.items[id as usize] == value) {
            return id;
        }
        let id = self.items.push(value) as u32;
        table.insert_unique(hash, id, |&id| {
            FxBuildHasher.hash_one(&self.items[id as usize])
        });
        id
    }

    fn get(&self, id: u32) -> &T {
        &self.items[id as usize]
    }

    fn len(&self) -> usize {
        self.items.count()
    }
}

macro_rules! interned_id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub(crate) u32);
        impl $name {
            /// The raw index, for side tables keyed by this id.
            pub fn index(self) -> u32 {
                self.0
            }
        }
    };
}

interned_id!(
    /// An interned type (see [`TypeKind`]).
    Type
);
interned_id!(
    /// An interned attribute (see [`AttrKind`]); locations are attributes too.
    Attribute
);
interned_id!(
    /// An interned identifier: attribute names, symbol names.
    Ident
);
interned_id!(
    /// An interned operation name such as `func.func`.
    OpName
);

/// Owns everything interned and the registered dialects.
pub struct Context {
    types: Interner<TypeKind>,
    attrs: Interner<AttrKind>,
    idents: Interner<Box<str>>,
    op_names: Interner<Box<str>>,
    registry: DialectRegistry,
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}

impl Context {
    /// A context with no dialect registered; see `dialects::register_all` for the usual set.
    pub fn new() -> Self {
        Context {
            types: Interner::new(),
            attrs: Interner::new(),
            idents: Interner::new(),
            op_names: Interner::new(),
            registry: DialectRegistry::default(),
        }
    }

    pub fn intern_type(&self, kind: TypeKind) -> Type {
        Type(self.types.intern(kind))
    }
    pub fn type_kind(&self, ty: Type) -> &TypeKind {
        self.types.get(ty.0)
    }
    /// Interns an attribute. Affine maps and integer sets are first put in MLIR's canonical
    /// form, so that equal maps are equal attributes (as in MLIR).
    pub fn intern_attr(&self, kind: AttrKind) -> Attribute {
        let kind = match kind {
            AttrKind::AffineMap(map) => AttrKind::AffineMap(crate::affine::canonicalize_map(map)),
            AttrKind::IntegerSet(set) => AttrKind::IntegerSet(crate::affine::canonicalize_set(set)),
            other => other,
        };
        Attribute(self.attrs.intern(kind))
    }
    pub fn attr_kind(&self, attr: Attribute) -> &AttrKind {
        self.attrs.get(attr.0)
    }
    pub fn ident(&self, name: &str) -> Ident {
        Ident(self.idents.intern(name.into()))
    }
    pub fn ident_str(&self, id: Ident) -> &str {
        self.idents.get(id.0)
    }
    pub fn op_name(&self, name: &str) -> OpName {
        OpName(self.op_names.intern(name.into()))
    }
    pub fn op_name_str(&self, name: OpName) -> &str {
        self.op_names.get(name.0)
    }

    /// Number of interned types and attributes (for memory statistics).
    pub fn interned_counts(&self) -> (usize, usize) {
        (self.types.len(), self.attrs.len())
    }

    pub fn registry(&self) -> &DialectRegistry {
        &self.registry
    }
    pub fn registry_mut(&mut self) -> &mut DialectRegistry {
        &mut self.registry
    }

    /// The definition of a registered op, or `None` for an unregistered one.
    pub fn op_def(&self, name: OpName) -> Option<&'static OpDef> {
        self.registry.lookup(self.op_name_str(name))
    }
}
