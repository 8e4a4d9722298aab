#[cfg(test)]
mod t {
    #[test]
    fn probe() {
        let text = std::fs::read_to_string("/tmp/probe.txt").unwrap();
        let doc = crate::Document {
            text: &text,
            published: chrono::NaiveDate::from_ymd_opt(2020, 6, 4),
            ..Default::default()
        };
        let a = crate::frames::analyse(&doc);
        for f in &a.frames {
            eprintln!(
                "s{} {:?} {} count={:?} pct={:?} date={:?} new={} dated={}",
                f.sentence,
                f.kind,
                f.company.name,
                f.count.as_ref().map(|c| &c.1),
                f.percent,
                f.date.as_ref().map(|d| &d.1),
                f.new_round,
                f.dated
            );
        }
    }
}
