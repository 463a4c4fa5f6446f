//! Criterion benchmarks of extraction on real pages from the vendored WCXB
//! sample (fixtures/wcxb-sample): the whole `Extractor::extract`, and its
//! stages — decode (bytes → text), parse + extract (HTML → blocks and
//! metadata) and normalize (blocks → record).
//!
//! Run: `cargo bench --bench extract` (or `-- extract/full` for one group).
//! Throughput is reported per byte of (decompressed) HTML.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use unboil::input::files::read_file;
use unboil::{html, input, normalize, Extractor, InputKind, Options, Source};

/// Sample pages: an article, a forum thread, a listing and a documentation
/// page, of various sizes.
const PAGES: &[&str] = &["0414", "4278", "2911", "4412"];

fn load_pages() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wcxb-sample/html");
    PAGES
        .iter()
        .filter_map(|id| {
            let bytes = read_file(&dir.join(format!("{id}.html.gz"))).ok()?;
            Some((id.to_string(), bytes))
        })
        .collect()
}

fn options() -> Options {
    Options {
        input: InputKind::Html,
        ..Options::default()
    }
}

fn bench_extract(c: &mut Criterion) {
    let pages = load_pages();
    assert!(!pages.is_empty(), "fixtures/wcxb-sample/html is missing");
    let opts = options();
    let ex = Extractor::new(opts.clone());

    let mut full = c.benchmark_group("extract/full");
    for (id, bytes) in &pages {
        full.throughput(Throughput::Bytes(bytes.len() as u64));
        full.bench_with_input(BenchmarkId::from_parameter(id), bytes, |b, bytes| {
            b.iter(|| ex.extract(black_box(bytes), Source::default()))
        });
    }
    full.finish();

    let mut decode = c.benchmark_group("extract/decode");
    for (id, bytes) in &pages {
        decode.throughput(Throughput::Bytes(bytes.len() as u64));
        decode.bench_with_input(BenchmarkId::from_parameter(id), bytes, |b, bytes| {
            b.iter(|| input::decode(black_box(bytes), None))
        });
    }
    decode.finish();

    let mut parse = c.benchmark_group("extract/parse+extract");
    for (id, bytes) in &pages {
        let text = input::decode(bytes, None).text;
        parse.throughput(Throughput::Bytes(bytes.len() as u64));
        parse.bench_with_input(BenchmarkId::from_parameter(id), &text, |b, text| {
            b.iter(|| html::extract(black_box(text), None, &opts))
        });
    }
    parse.finish();

    let mut norm = c.benchmark_group("extract/normalize");
    for (id, bytes) in &pages {
        let extraction = html::extract(&input::decode(bytes, None).text, None, &opts);
        norm.throughput(Throughput::Bytes(bytes.len() as u64));
        norm.bench_with_input(BenchmarkId::from_parameter(id), &extraction, |b, ex| {
            b.iter_batched(
                || ex.clone(),
                |ex| normalize::build_record(Source::default(), ex, &opts),
                BatchSize::SmallInput,
            )
        });
    }
    norm.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_extract
}
criterion_main!(benches);
