//! Thresholds hold for scripts written without spaces (Chinese, Thai) and
//! for right-to-left pages: short paragraphs there are prose, not labels.

use unboil::html;
use unboil::{Block, Options};

fn paragraphs(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

// A page of plain <div>s: a menu of links and three short paragraphs.
fn page(lang: &str, dir: &str, menu: &[&str], paras: &[&str]) -> String {
    let links: String = menu
        .iter()
        .enumerate()
        .map(|(i, m)| format!("<a href='/s{i}'>{m}</a> "))
        .collect();
    let body: String = paras.iter().map(|p| format!("<div>{p}</div>")).collect();
    format!(
        "<html lang='{lang}' dir='{dir}'><body><div>{links}</div><div><div>{body}</div></div></body></html>"
    )
}

#[test]
fn chinese_paragraphs_without_spaces_are_prose() {
    let paras = [
        "今年春天，市政府在河边新建了一座公园，市民可以在这里散步、骑车和野餐。",
        "公园里种了三千多棵树，还有一条两公里长的步道，晚上有路灯照明。",
        "管理处表示，公园每天早上六点开放，晚上十点关闭，周末会举办音乐会。",
    ];
    let html = page(
        "zh",
        "ltr",
        &["首页", "新闻", "体育", "娱乐", "联系我们"],
        &paras,
    );
    let ex = html::extract(&html, None, &Options::default());
    let got = paragraphs(&ex.blocks);
    assert_eq!(got, paras.to_vec(), "{:?}", ex.blocks);
}

#[test]
fn thai_paragraphs_are_prose() {
    let paras = [
        "เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ ประชาชนสามารถมาเดินเล่นและปั่นจักรยานได้ทุกวัน",
        "สวนแห่งนี้มีต้นไม้มากกว่าสามพันต้น และมีทางเดินยาวสองกิโลเมตรพร้อมไฟส่องสว่างในเวลากลางคืน",
        "เจ้าหน้าที่กล่าวว่าสวนจะเปิดตั้งแต่หกโมงเช้าจนถึงสี่ทุ่ม และจะมีคอนเสิร์ตในวันหยุดสุดสัปดาห์",
    ];
    let html = page("th", "ltr", &["หน้าแรก", "ข่าว", "กีฬา", "ติดต่อเรา"], &paras);
    let ex = html::extract(&html, None, &Options::default());
    assert_eq!(paragraphs(&ex.blocks), paras.to_vec(), "{:?}", ex.blocks);
}

#[test]
fn right_to_left_page_keeps_its_paragraphs_in_order() {
    let paras = [
        "افتتحت البلدية حديقة عامة جديدة على ضفة النهر، ويمكن للسكان التنزه فيها وركوب الدراجات كل يوم.",
        "تضم الحديقة أكثر من ثلاثة آلاف شجرة، وممشى بطول كيلومترين مضاء في المساء.",
        "وقالت الإدارة إن الحديقة تفتح أبوابها في السادسة صباحا وتغلق في العاشرة مساء.",
    ];
    let html = page(
        "ar",
        "rtl",
        &["الرئيسية", "أخبار", "رياضة", "اتصل بنا"],
        &paras,
    );
    let ex = html::extract(&html, None, &Options::default());
    assert_eq!(paragraphs(&ex.blocks), paras.to_vec(), "{:?}", ex.blocks);
}
