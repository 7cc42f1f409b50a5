//! Writes the large map that the "big maps" measurements use: 10,000 steps
//! over 5 journeys, 50 personas with photos, 2,000 content items.
//!
//! `cargo run --release --example big_map -- OUT.ron [STEPS]`

use klantreis::model::generate::{MapSize, generated_map};

/// A 256 × 256 picture that compresses like a photo: smooth shading with grain.
fn photo_png(seed: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(256, 256, |x, y| {
        let grain = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed.wrapping_mul(31)) % 23;
        let r = ((x + seed * 40) % 256) as u8;
        let g = ((y + seed * 17) % 256) as u8;
        let b = (((x + y) / 2 + grain) % 256) as u8;
        image::Rgb([r, g, b])
    });
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("a PNG in memory");
    bytes
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: big_map OUT.ron [STEPS]");
    let steps = args
        .next()
        .map_or(10_000, |s| s.parse().expect("a number of steps"));
    let mut map = generated_map(MapSize {
        steps,
        ..MapSize::LARGE
    });
    for (i, persona) in map.personas.iter_mut().enumerate() {
        let photo = klantreis::io::photo::photo_from_bytes(&photo_png(i as u32))
            .expect("the generated picture is a photo");
        persona.photo = Some(photo);
    }
    klantreis::io::save(std::path::Path::new(&out), &map).expect("the map is written");
    println!("{out}: {} steps", map.steps().count());
}
