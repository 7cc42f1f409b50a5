//! Klantreis: a desktop editor for customer journey maps.
//!
//! `model` is the document as plain data, `io` reads and writes it safely.

pub mod cli;
pub mod edit;
pub mod export;
pub mod i18n;
pub mod io;
pub mod model;
pub mod picture;
pub mod room;
pub mod scene;
pub mod ui;
