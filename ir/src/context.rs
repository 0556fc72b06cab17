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
use std::sync::{OnceLock, RwLock};

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use crate::attributes::AttrKind;
use crate::dialect::{DialectRegistry, OpDef};
use crate::types::TypeKind;

/// An append-only interner: stable `&T` for every id, O(1) lookups by id, and
/// hashing on insertion only. Written by hand because no crate offers a `Sync` interner
/// for arbitrary keys that hands out plain references without a guard. Lookups of
/// values already interned take a shared lock only, so threads interning the same
/// types and names (the parallel pass manager) do not serialize.
pub(crate) struct Interner<T> {
    items: boxcar::Vec<T>,
    table: RwLock<HashTable<u32>>,
}

impl<T: Hash + Eq> Interner<T> {
    fn new() -> Self {
        Interner {
            items: boxcar::Vec::new(),
            table: RwLock::new(HashTable::new()),
        }
    }

    fn intern(&self, value: T) -> u32 {
        let hash = FxBuildHasher.hash_one(&value);
        match self.find(hash, |item| *item == value) {
            Some(id) => id,
            None => {
                // Both closures need the value: compare while it is there, then move it.
                let slot = std::cell::RefCell::new(Some(value));
                self.insert_with(
                    hash,
                    |item| slot.borrow().as_ref() == Some(item),
                    || slot.borrow_mut().take().expect("made once"),
                )
            }
        }
    }

    /// The id of the item with hash `hash` for which `is` holds, else of `make()`
    /// interned (so a borrowed key needs no allocation when it is known already).
    fn intern_with(&self, hash: u64, is: impl Fn(&T) -> bool, make: impl FnOnce() -> T) -> u32 {
        match self.find(hash, &is) {
            Some(id) => id,
            None => self.insert_with(hash, is, make),
        }
    }

    /// A lookup under the shared lock.
    fn find(&self, hash: u64, is: impl Fn(&T) -> bool) -> Option<u32> {
        let table = self.table.read().unwrap_or_else(|e| e.into_inner());
        table
            .find(hash, |&id| is(&self.items[id as usize]))
            .copied()
    }

    /// Inserts `make()` under the exclusive lock, unless another thread inserted an equal
    /// item since [`Interner::find`] looked.
    fn insert_with(&self, hash: u64, is: impl Fn(&T) -> bool, make: impl FnOnce() -> T) -> u32 {
        let mut table = self.table.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = table.find(hash, |&id| is(&self.items[id as usize])) {
            return id;
        }
        let id = self.items.push(make()) as u32;
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

impl Interner<Box<str>> {
    /// Interns a string without allocating when it is known already.
    fn intern_str(&self, s: &str) -> u32 {
        // `Box<str>` hashes as `str` does.
        let hash = FxBuildHasher.hash_one(s);
        self.intern_with(hash, |item| &**item == s, || s.into())
    }
}

/// An interned op name with its definition, looked up in the registry once.
pub(crate) struct OpNameEntry {
    name: Box<str>,
    def: OnceLock<Option<&'static OpDef>>,
}

impl PartialEq for OpNameEntry {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
impl Eq for OpNameEntry {}
impl Hash for OpNameEntry {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name.hash(state);
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
    op_names: Interner<OpNameEntry>,
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
        Ident(self.idents.intern_str(name))
    }
    pub fn ident_str(&self, id: Ident) -> &str {
        self.idents.get(id.0)
    }
    pub fn op_name(&self, name: &str) -> OpName {
        let hash = FxBuildHasher.hash_one(name);
        OpName(self.op_names.intern_with(
            hash,
            |e| &*e.name == name,
            || OpNameEntry {
                name: name.into(),
                def: OnceLock::new(),
            },
        ))
    }
    pub fn op_name_str(&self, name: OpName) -> &str {
        &self.op_names.get(name.0).name
    }

    /// Number of interned types and attributes (for memory statistics).
    pub fn interned_counts(&self) -> (usize, usize) {
        (self.types.len(), self.attrs.len())
    }

    pub fn registry(&self) -> &DialectRegistry {
        &self.registry
    }
    pub fn registry_mut(&mut self) -> &mut DialectRegistry {
        // Definitions cached for the names interned so far may change: forget them.
        for i in 0..self.op_names.items.count() {
            if let Some(entry) = self.op_names.items.get_mut(i) {
                entry.def = OnceLock::new();
            }
        }
        &mut self.registry
    }

    /// The definition of a registered op, or `None` for an unregistered one.
    pub fn op_def(&self, name: OpName) -> Option<&'static OpDef> {
        let entry = self.op_names.get(name.0);
        *entry.def.get_or_init(|| self.registry.lookup(&entry.name))
    }
}
