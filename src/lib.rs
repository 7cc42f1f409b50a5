//! Klantreis: a desktop editor for customer journey maps.
//!
//! `model` is the document as plain data, `io` reads and writes it safely.

pub mod cli;
pub mod io;
pub mod model;
