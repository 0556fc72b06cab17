//! Builtin types (MLIR's builtin dialect) and dialect types kept verbatim.
//!
//! Key types: [`TypeKind`], [`Signedness`], [`FloatKind`]; the constant [`DYNAMIC`] marks a
//! `?` dimension.

use crate::context::{Attribute, Context, Type};

/// A dynamic (`?`) dimension in a shape.
pub const DYNAMIC: i64 = i64::MIN;

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Signedness {
    Signless,
    Signed,
    Unsigned,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum FloatKind {
    F16,
    BF16,
    F32,
    F64,
    F80,
    F128,
    TF32,
    F8E5M2,
    F8E4M3FN,
}

impl FloatKind {
    pub const ALL: [FloatKind; 9] = [
        FloatKind::F16,
        FloatKind::BF16,
        FloatKind::F32,
        FloatKind::F64,
        FloatKind::F80,
        FloatKind::F128,
        FloatKind::TF32,
        FloatKind::F8E5M2,
        FloatKind::F8E4M3FN,
    ];
    pub fn keyword(self) -> &'static str {
        match self {
            FloatKind::F16 => "f16",
            FloatKind::BF16 => "bf16",
            FloatKind::F32 => "f32",
            FloatKind::F64 => "f64",
            FloatKind::F80 => "f80",
            FloatKind::F128 => "f128",
            FloatKind::TF32 => "tf32",
            FloatKind::F8E5M2 => "f8E5M2",
            FloatKind::F8E4M3FN => "f8E4M3FN",
        }
    }
    pub fn from_keyword(s: &str) -> Option<FloatKind> {
        FloatKind::ALL.into_iter().find(|k| k.keyword() == s)
    }
    /// Storage width in bits.
    pub fn width(self) -> u32 {
        match self {
            FloatKind::F16 | FloatKind::BF16 => 16,
            FloatKind::F32 => 32,
            FloatKind::F64 => 64,
            FloatKind::F80 => 80,
            FloatKind::F128 => 128,
            FloatKind::TF32 => 19,
            FloatKind::F8E5M2 | FloatKind::F8E4M3FN => 8,
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Integer {
        width: u32,
        signedness: Signedness,
    },
    Index,
    Float(FloatKind),
    None,
    Complex(Type),
    Tuple(Box<[Type]>),
    Function {
        inputs: Box<[Type]>,
        results: Box<[Type]>,
    },
    /// `tensor<2x?xf32>`, optional encoding attribute.
    RankedTensor {
        shape: Box<[i64]>,
        elem: Type,
        encoding: Option<Attribute>,
    },
    UnrankedTensor {
        elem: Type,
    },
    /// `memref<4x?xf32, #layout, memory_space>`.
    MemRef {
        shape: Box<[i64]>,
        elem: Type,
        layout: Option<Attribute>,
        memory_space: Option<Attribute>,
    },
    UnrankedMemRef {
        elem: Type,
        memory_space: Option<Attribute>,
    },
    /// `vector<4x[8]xf32>`: `scalable[i]` marks `[8]`.
    Vector {
        shape: Box<[i64]>,
        scalable: Box<[bool]>,
        elem: Type,
    },
    /// A type of a dialect we keep verbatim: `!dialect.body` (body may be empty only in
    /// the opaque form `!dialect<"...">`, kept as written too).
    Opaque {
        dialect: Box<str>,
        body: Box<str>,
    },
}

/// Convenience constructors and queries.
impl Context {
    pub fn integer_type(&self, width: u32) -> Type {
        self.intern_type(TypeKind::Integer {
            width,
            signedness: Signedness::Signless,
        })
    }
    pub fn index_type(&self) -> Type {
        self.intern_type(TypeKind::Index)
    }
    pub fn float_type(&self, kind: FloatKind) -> Type {
        self.intern_type(TypeKind::Float(kind))
    }
    pub fn none_type(&self) -> Type {
        self.intern_type(TypeKind::None)
    }
    pub fn function_type(&self, inputs: &[Type], results: &[Type]) -> Type {
        self.intern_type(TypeKind::Function {
            inputs: inputs.into(),
            results: results.into(),
        })
    }
    pub fn tensor_type(&self, shape: &[i64], elem: Type) -> Type {
        self.intern_type(TypeKind::RankedTensor {
            shape: shape.into(),
            elem,
            encoding: None,
        })
    }

    pub fn is_integer(&self, ty: Type) -> bool {
        matches!(self.type_kind(ty), TypeKind::Integer { .. })
    }
    pub fn is_signless_integer(&self, ty: Type, width: Option<u32>) -> bool {
        matches!(self.type_kind(ty), TypeKind::Integer { width: w, signedness: Signedness::Signless }
            if width.is_none_or(|x| x == *w))
    }
    pub fn is_index(&self, ty: Type) -> bool {
        matches!(self.type_kind(ty), TypeKind::Index)
    }
    pub fn is_float(&self, ty: Type) -> bool {
        matches!(self.type_kind(ty), TypeKind::Float(_))
    }
    /// Bit width of an integer or float type.
    pub fn int_or_float_width(&self, ty: Type) -> Option<u32> {
        match self.type_kind(ty) {
            TypeKind::Integer { width, .. } => Some(*width),
            TypeKind::Float(k) => Some(k.width()),
            _ => None,
        }
    }
    /// `(inputs, results)` of a function type.
    pub fn function_signature(&self, ty: Type) -> Option<(&[Type], &[Type])> {
        match self.type_kind(ty) {
            TypeKind::Function { inputs, results } => Some((inputs, results)),
            _ => None,
        }
    }
    /// Shape and element type of a ranked shaped type (tensor, memref, vector).
    pub fn shape_and_elem(&self, ty: Type) -> Option<(&[i64], Type)> {
        match self.type_kind(ty) {
            TypeKind::RankedTensor { shape, elem, .. }
            | TypeKind::MemRef { shape, elem, .. }
            | TypeKind::Vector { shape, elem, .. } => Some((shape, *elem)),
            _ => None,
        }
    }
    /// Element type of any shaped type, ranked or not.
    pub fn element_type(&self, ty: Type) -> Option<Type> {
        match self.type_kind(ty) {
            TypeKind::RankedTensor { elem, .. }
            | TypeKind::UnrankedTensor { elem }
            | TypeKind::MemRef { elem, .. }
            | TypeKind::UnrankedMemRef { elem, .. }
            | TypeKind::Vector { elem, .. } => Some(*elem),
            _ => None,
        }
    }
}
