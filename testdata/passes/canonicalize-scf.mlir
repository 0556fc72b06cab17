// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func private @side_effect(i32) -> ()
func.func private @produce() -> i32

func.func @if_constant(%a: i32, %b: i32) -> (i32, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %x = scf.if %true -> (i32) {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  } else {
    scf.yield %b : i32
  }
  %y = scf.if %false -> (i32) {
    scf.yield %a : i32
  } else {
    %m = arith.muli %a, %b : i32
    scf.yield %m : i32
  }
  scf.if %false {
    func.call @side_effect(%a) : (i32) -> ()
    scf.yield
  }
  return %x, %y : i32, i32
}

func.func @if_forward_and_select(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32) {
  %r:3 = scf.if %c -> (i32, i32, i32) {
    %p = func.call @produce() : () -> i32
    scf.yield %a, %a, %p : i32, i32, i32
  } else {
    scf.yield %a, %b, %b : i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}

func.func @if_unused_results(%c: i1, %a: i32) -> i32 {
  %r:2 = scf.if %c -> (i32, i32) {
    %p = func.call @produce() : () -> i32
    scf.yield %p, %p : i32, i32
  } else {
    %q = func.call @produce() : () -> i32
    scf.yield %q, %a : i32, i32
  }
  return %r#0 : i32
}

func.func @if_empty_else(%c: i1, %a: i32) {
  scf.if %c {
    func.call @side_effect(%a) : (i32) -> ()
    scf.yield
  } else {
    scf.yield
  }
  return
}

func.func @if_dead(%c: i1, %a: i32, %b: i32) {
  %r = scf.if %c -> (i32) {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  } else {
    scf.yield %a : i32
  }
  return
}

func.func @for_zero_trips(%lb: index, %x: f32) -> (f32, f32) {
  %c4 = arith.constant 4 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c4 to %c2 step %c1 iter_args(%a = %x) -> (f32) {
    %n = arith.addf %a, %a : f32
    scf.yield %n : f32
  }
  %s = scf.for %i = %lb to %lb step %c1 iter_args(%a = %x) -> (f32) {
    %n = arith.mulf %a, %a : f32
    scf.yield %n : f32
  }
  return %r, %s : f32, f32
}

func.func @for_one_trip(%x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %r = scf.for %i = %c0 to %c10 step %c10 iter_args(%a = %x) -> (i32) {
    %iv = arith.index_cast %i : index to i32
    %n = arith.addi %a, %iv : i32
    func.call @side_effect(%n) : (i32) -> ()
    scf.yield %n : i32
  }
  return %r : i32
}

func.func @for_one_trip_i32(%x: i32) -> i32 {
  %c0 = arith.constant 3 : i32
  %c10 = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  %r = scf.for %i = %c0 to %c10 step %c7 iter_args(%a = %x) -> (i32) : i32 {
    %n = arith.muli %a, %i : i32
    func.call @side_effect(%n) : (i32) -> ()
    scf.yield %n : i32
  }
  return %r : i32
}

func.func @for_yields_outside(%x: i32, %y: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%a = %x) -> (i32) {
    scf.yield %y : i32
  }
  return %r : i32
}

func.func @for_iter_args(%lb: index, %ub: index, %step: index, %x: i32, %y: i32, %z: i32) -> (i32, i32, i32, i32) {
  %r:4 = scf.for %i = %lb to %ub step %step iter_args(%a = %x, %b = %y, %c = %z, %d = %x) -> (i32, i32, i32, i32) {
    %n = arith.addi %c, %c : i32
    func.call @side_effect(%n) : (i32) -> ()
    %u = arith.addi %d, %d : i32
    scf.yield %a, %y, %n, %u : i32, i32, i32, i32
  }
  return %r#0, %r#1, %r#2, %x : i32, i32, i32, i32
}

func.func @for_dead(%lb: index, %ub: index, %step: index, %x: i32) {
  %r = scf.for %i = %lb to %ub step %step iter_args(%a = %x) -> (i32) {
    %n = arith.addi %a, %a : i32
    scf.yield %n : i32
  }
  return
}

func.func @execute_region(%a: i32) -> (i32, i32) {
  %r = scf.execute_region -> i32 {
    %p = func.call @produce() : () -> i32
    %s = arith.addi %p, %a : i32
    scf.yield %s : i32
  }
  %k = scf.execute_region -> i32 no_inline {
    %p = func.call @produce() : () -> i32
    scf.yield %p : i32
  }
  return %r, %k : i32, i32
}

func.func @while_invariants(%a: i32, %b: i32, %k: i32) -> (i32, i32) {
  %r:3 = scf.while (%x = %a, %y = %k, %z = %b) : (i32, i32, i32) -> (i32, i32, i32) {
    %c = arith.cmpi slt, %x, %z : i32
    scf.condition(%c) %x, %y, %z : i32, i32, i32
  } do {
  ^bb0(%x: i32, %y: i32, %z: i32):
    %one = arith.constant 1 : i32
    %n = arith.addi %x, %one : i32
    scf.yield %n, %y, %z : i32, i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

func.func @while_unused(%a: i32, %b: i32) -> i32 {
  %r:2 = scf.while (%x = %a, %u = %b) : (i32, i32) -> (i32, i32) {
    %p = func.call @produce() : () -> i32
    %c = arith.cmpi slt, %x, %p : i32
    scf.condition(%c) %x, %p : i32, i32
  } do {
  ^bb0(%x: i32, %q: i32):
    %n = arith.addi %x, %x : i32
    %m = arith.muli %x, %x : i32
    scf.yield %n, %m : i32, i32
  }
  return %r#0 : i32
}

func.func @parallel_single_iteration(%m: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%m) -> f32 {
    %v = arith.index_cast %i : index to i32
    %w = arith.sitofp %v : i32 to f32
    scf.reduce(%w : f32) {
    ^bb0(%l: f32, %rr: f32):
      %sum = arith.addf %l, %rr : f32
      scf.reduce.return %sum : f32
    }
  }
  return %r : f32
}

func.func @parallel_dims(%ub: index, %m: f32) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.parallel (%i, %j) = (%c0, %c4) to (%ub, %c4) step (%c1, %c1) init (%m) -> f32 {
    scf.reduce(%m : f32) {
    ^bb0(%l: f32, %rr: f32):
      %sum = arith.addf %l, %rr : f32
      scf.reduce.return %sum : f32
    }
  }
  %s = scf.parallel (%i, %j) = (%c0, %c4) to (%ub, %ub) step (%c1, %c4) init (%m) -> f32 {
    %v = arith.index_cast %j : index to i32
    %k = arith.index_cast %i : index to i32
    %x = arith.addi %v, %k : i32
    %w = arith.sitofp %x : i32 to f32
    scf.reduce(%w : f32) {
    ^bb0(%l: f32, %rr: f32):
      %sum = arith.mulf %l, %rr : f32
      scf.reduce.return %sum : f32
    }
  }
  %t = scf.parallel (%i, %j) = (%c0, %c0) to (%ub, %c1) step (%c1, %c1) init (%m) -> f32 {
    %v = arith.index_cast %j : index to i32
    %k = arith.index_cast %i : index to i32
    %x = arith.addi %v, %k : i32
    %w = arith.sitofp %x : i32 to f32
    scf.reduce(%w : f32) {
    ^bb0(%l: f32, %rr: f32):
      %sum = arith.mulf %l, %rr : f32
      scf.reduce.return %sum : f32
    }
  } {mapping = "keep"}
  %u = arith.addf %s, %t : f32
  return %r, %u : f32, f32
}

func.func @combine_ifs(%c: i1, %a: i32) -> (i32, i32) {
  %r = scf.if %c -> (i32) {
    %p = func.call @produce() : () -> i32
    scf.yield %p : i32
  } else {
    scf.yield %a : i32
  } {dropped}
  %t = scf.if %c -> (i32) {
    %s = arith.addi %r, %r : i32
    scf.yield %s : i32
  } else {
    func.call @side_effect(%r) : (i32) -> ()
    scf.yield %r : i32
  }
  scf.if %c {
    func.call @side_effect(%t) : (i32) -> ()
    scf.yield
  }
  return %r, %t : i32, i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func private @side_effect(i32)
// CHECK-LABEL:  func.func private @produce() -> i32
// CHECK-LABEL:  func.func @if_constant(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:     %1 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT:     return %0, %1 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_forward_and_select(%arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32, i32) {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:     %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       %2 = func.call @produce() : () -> i32
// CHECK-NEXT:       scf.yield %2 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %arg2 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %arg1, %0, %1 : i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_unused_results(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:     %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       %1 = func.call @produce() : () -> i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       %1 = func.call @produce() : () -> i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_empty_else(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:     scf.if %arg0 {
// CHECK-NEXT:       func.call @side_effect(%arg1) : (i32) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_dead(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_zero_trips(%arg0: index, %arg1: f32) -> (f32, f32) {
// CHECK-NEXT:     return %arg1, %arg1 : f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_one_trip(%arg0: i32) -> i32 {
// CHECK-NEXT:     call @side_effect(%arg0) : (i32) -> ()
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_one_trip_i32(%arg0: i32) -> i32 {
// CHECK-NEXT:     %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT:     %0 = arith.muli %arg0, %c3_i32 : i32
// CHECK-NEXT:     call @side_effect(%0) : (i32) -> ()
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_yields_outside(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_iter_args(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32, %arg5: i32) -> (i32, i32, i32, i32) {
// CHECK-NEXT:     %0:2 = scf.for %arg6 = %arg0 to %arg1 step %arg2 iter_args(%arg7 = %arg5, %arg8 = %arg3) -> (i32, i32) {
// CHECK-NEXT:       %1 = arith.addi %arg7, %arg7 : i32
// CHECK-NEXT:       func.call @side_effect(%1) : (i32) -> ()
// CHECK-NEXT:       %2 = arith.addi %arg8, %arg8 : i32
// CHECK-NEXT:       scf.yield %1, %2 : i32, i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %arg3, %arg4, %0#0, %arg3 : i32, i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_dead(%arg0: index, %arg1: index, %arg2: index, %arg3: i32) {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @execute_region(%arg0: i32) -> (i32, i32) {
// CHECK-NEXT:     %0 = call @produce() : () -> i32
// CHECK-NEXT:     %1 = arith.addi %0, %arg0 : i32
// CHECK-NEXT:     %2 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT:       %3 = func.call @produce() : () -> i32
// CHECK-NEXT:       scf.yield %3 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %1, %2 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_invariants(%arg0: i32, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %0 = scf.while (%arg3 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:       %1 = arith.cmpi slt, %arg3, %arg1 : i32
// CHECK-NEXT:       scf.condition(%1) %arg3 : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg3: i32):
// CHECK-NEXT:       %1 = arith.addi %arg3, %c1_i32 : i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0, %arg2 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_unused(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:       %1 = func.call @produce() : () -> i32
// CHECK-NEXT:       %2 = arith.cmpi slt, %arg2, %1 : i32
// CHECK-NEXT:       scf.condition(%2) %arg2 : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg2: i32):
// CHECK-NEXT:       %1 = arith.addi %arg2, %arg2 : i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @parallel_single_iteration(%arg0: f32) -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = arith.addf %arg0, %cst : f32
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @parallel_dims(%arg0: index, %arg1: f32) -> (f32, f32) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     %0 = scf.parallel (%arg2, %arg3) = (%c0, %c4) to (%arg0, %arg0) step (%c1, %c4) init (%arg1) -> f32 {
// CHECK-NEXT:       %3 = arith.index_cast %arg3 : index to i32
// CHECK-NEXT:       %4 = arith.index_cast %arg2 : index to i32
// CHECK-NEXT:       %5 = arith.addi %3, %4 : i32
// CHECK-NEXT:       %6 = arith.sitofp %5 : i32 to f32
// CHECK-NEXT:       scf.reduce(%6 : f32) {
// CHECK-NEXT:       ^bb0(%arg4: f32, %arg5: f32):
// CHECK-NEXT:         %7 = arith.mulf %arg4, %arg5 : f32
// CHECK-NEXT:         scf.reduce.return %7 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = scf.parallel (%arg2) = (%c0) to (%arg0) step (%c1) init (%arg1) -> f32 {
// CHECK-NEXT:       %3 = arith.index_cast %arg2 : index to i32
// CHECK-NEXT:       %4 = arith.sitofp %3 : i32 to f32
// CHECK-NEXT:       scf.reduce(%4 : f32) {
// CHECK-NEXT:       ^bb0(%arg3: f32, %arg4: f32):
// CHECK-NEXT:         %5 = arith.mulf %arg3, %arg4 : f32
// CHECK-NEXT:         scf.reduce.return %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:     return %arg1, %2 : f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @combine_ifs(%arg0: i1, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:     %0:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:       %1 = func.call @produce() : () -> i32
// CHECK-NEXT:       %2 = arith.addi %1, %1 : i32
// CHECK-NEXT:       func.call @side_effect(%2) : (i32) -> ()
// CHECK-NEXT:       scf.yield %1, %2 : i32, i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       func.call @side_effect(%arg1) : (i32) -> ()
// CHECK-NEXT:       scf.yield %arg1, %arg1 : i32, i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0#0, %0#1 : i32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
