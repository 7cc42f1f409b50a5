//! The room under load (written next).

fn main() {}
