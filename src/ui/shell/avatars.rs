//! The personas' photos as textures, shared by the persona panel and the
//! avatars the canvas paints at the curves' starts.

use std::collections::HashMap;

use egui::{Color32, Ui, vec2};

use crate::io;
use crate::model::{Persona, PersonaId};

use super::theme;

/// A cheap fingerprint of a photo, checked every frame: its length and its
/// first and last bytes (a PNG's last bytes before IEND hold the image data's
/// checksum, so a different picture almost surely differs there).
fn fingerprint(bytes: &[u8]) -> u64 {
    let head = &bytes[..bytes.len().min(256)];
    let tail = &bytes[bytes.len().saturating_sub(512)..];
    io::content_hash(head) ^ io::content_hash(tail).rotate_left(17) ^ bytes.len() as u64
}

/// Textures of the personas' photos, made once per photo.
#[derive(Default)]
pub struct Avatars {
    textures: HashMap<PersonaId, (u64, Option<egui::TextureHandle>)>,
}

impl Avatars {
    /// The persona's photo as a texture, or `None` when it has none (or it cannot be shown).
    pub fn get(&mut self, ctx: &egui::Context, persona: &Persona) -> Option<egui::TextureHandle> {
        let photo = persona.photo.as_ref()?;
        let hash = fingerprint(&photo.bytes);
        if let Some((known, texture)) = self.textures.get(&persona.id)
            && *known == hash
        {
            return texture.clone();
        }
        // The largest avatar shown is 140 points; the stored photo's side is enough.
        let side = io::photo::PHOTO_SIDE;
        let texture = io::photo::photo_pixels_within(photo, side)
            .ok()
            .map(|(w, h, pixels)| {
                let image =
                    egui::ColorImage::from_rgba_unmultiplied([w as usize, h as usize], &pixels);
                ctx.load_texture(
                    format!("persona-{}", persona.id),
                    image,
                    egui::TextureOptions::LINEAR,
                )
            });
        self.textures.insert(persona.id, (hash, texture.clone()));
        texture
    }
}

/// Draws a round avatar: the photo, or the initials on the persona's colour.
pub fn avatar_ui(
    ui: &mut Ui,
    avatars: &mut Avatars,
    persona: &Persona,
    size: f32,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), egui::Sense::hover());
    paint_avatar(ui, avatars, persona, rect);
    response
}

/// Paints a round avatar into `rect`.
pub fn paint_avatar(ui: &Ui, avatars: &mut Avatars, persona: &Persona, rect: egui::Rect) {
    match avatars.get(ui.ctx(), persona) {
        Some(texture) => {
            egui::Image::from_texture(&texture)
                .corner_radius(rect.width() / 2.0)
                .paint_at(ui, rect);
        }
        None => {
            let painter = ui.painter();
            painter.circle_filled(rect.center(), rect.width() / 2.0, theme::AVATAR_FILL);
            let initials = persona.initials();
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                initials.to_uppercase(),
                egui::FontId::proportional(rect.width() * 0.4),
                Color32::WHITE,
            );
        }
    }
    ui.painter().circle_stroke(
        rect.center(),
        rect.width() / 2.0,
        egui::Stroke::new(1.0, theme::AVATAR_RING),
    );
}
