/// The stylesheet and the script, served by the binary itself: the pages work offline, with no
/// CDN and no build step. The script only adds keyboard shortcuts; every action is a plain form.
enum Assets {
    static let css = """
        :root { font-family: system-ui, "Noto Sans CJK SC", sans-serif; color: #1d1d1f; background: #fafafa; }
        body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; line-height: 1.45; }
        nav { display: flex; gap: 1rem; padding: .8rem 0; border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
        nav a { color: #0b57d0; text-decoration: none; font-weight: 600; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 2px solid #e3e3e3; }
        .item { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
        .item:focus { outline: 3px solid #0b57d0; }
        .item.more { background: #f4f4f4; }
        .headline { font-weight: 600; } .zh { color: #a33; }
        .meta, .why { color: #666; font-size: .85rem; }
        .review { color: #b45309; font-weight: 600; }
        .decided { color: #15803d; font-size: .85rem; }
        .excerpt { margin: .3rem 0; font-size: .92rem; }
        .links { margin: .2rem 0 .4rem 1rem; padding: 0; font-size: .88rem; }
        form.act { display: inline-block; margin: .2rem .4rem .2rem 0; }
        form.text { display: grid; grid-template-columns: 1fr 2fr auto; gap: .4rem; margin-top: .3rem; }
        details.zh-text summary { cursor: pointer; color: #0b57d0; font-size: .85rem; }
        form.text textarea { min-height: 2.2rem; }
        button { cursor: pointer; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
        .notice { background: #fff7d6; border: 1px solid #e9d27a; padding: .6rem .8rem; border-radius: 6px; }
        .error { background: #fde2e2; border: 1px solid #e9a3a3; padding: .6rem .8rem; border-radius: 6px; }
        pre.draft { background: #fff; border: 1px solid #e3e3e3; padding: 1rem; white-space: pre-wrap; }
        .keys { color: #666; font-size: .8rem; }
        svg.chart rect { fill: #0b57d0; }
        """

    /// j/k move between items, the other keys press the focused item's button carrying that key.
    static let js = """
        document.addEventListener("keydown", function (event) {
          if (event.target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
          var items = Array.prototype.slice.call(document.querySelectorAll(".item"));
          var current = document.activeElement && document.activeElement.closest(".item");
          var index = items.indexOf(current);
          if (event.key === "j" || event.key === "k") {
            var next = items[Math.max(0, Math.min(items.length - 1, index + (event.key === "j" ? 1 : -1)))];
            if (next) { next.focus(); event.preventDefault(); }
            return;
          }
          var button = current && current.querySelector('button[data-key="' + event.key + '"]');
          if (button) { button.click(); event.preventDefault(); }
        });
        """
}
