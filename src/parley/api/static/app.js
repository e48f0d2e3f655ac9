// parley dashboard: plain JavaScript over the JSON API, no libraries, nothing loaded from elsewhere.
// Every piece of text from the store goes into the page as a text node (never as HTML), so an
// article containing "<script>" shows those characters and runs nothing.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const DIRECTION_CLASSES = ["forward", "backward"];

// ---- building the page safely -------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function link(hash, ...children) {
  return el("a", {href: hash}, ...children);
}

function route(page, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return `#/${page}${text ? "?" + text : ""}`;
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url || "") ? url : null;
}

function signed(value) {
  return (value > 0 ? "+" : "") + Number(value).toFixed(1);
}

function show(...children) {
  const view = document.getElementById("view");
  view.replaceChildren(...children.flat().filter(Boolean));
}

// ---- talking to the API ---------------------------------------------------------------------

class ApiError extends Error {}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(name, value);
  }
  const response = await fetch(path + (query.toString() ? "?" + query : ""), {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

function problem(error) {
  return el("p", {class: "problem", role: "alert"}, error instanceof ApiError ? error.message : String(error));
}

// ---- shared pieces ----------------------------------------------------------------------------

function speakerLine(statement) {
  return el("span", {class: "speaker-line"},
    statement.speaker_actor ? link(route(`actor/${encodeURIComponent(statement.speaker_actor)}`),
      statement.speaker_name || "unknown speaker") : (statement.speaker_name || "unknown speaker"),
    statement.speaker_role ? el("span", {class: "role"}, ` (${statement.speaker_role})`) : null,
    statement.speaker_actor ? el("span", {class: "code"}, ` ${statement.speaker_actor}`) : null);
}

function eventLine(event) {
  return el("li", {class: `event quad-${event.quad_class}`, "data-event-id": event.id},
    el("span", {class: "code"}, `${event.source_code || event.source_country || "?"} → ` +
      `${event.target_code || event.target_country || "?"}`), " ",
    el("strong", {}, `CAMEO ${event.cameo}`), " ",
    el("span", {class: "cameo-description"}, event.cameo_description || "(no description)"),
    event.plover ? el("span", {class: "code"}, ` · PLOVER ${event.plover}`) : null,
    ` · Goldstein ${signed(event.goldstein)} · ${QUAD_CLASSES[event.quad_class] || ""}`,
    ` · ${event.date || "undated"}`);
}

function statementCard(statement, options) {
  const outlets = statement.outlet_names.length ? statement.outlet_names.join(", ") : "outlets unknown";
  return el("article", {class: "statement", "data-statement-id": statement.id},
    el("header", {}, el("span", {class: "date"}, statement.date || "undated"), " · ", speakerLine(statement)),
    el("blockquote", {}, statement.text),
    el("p", {class: "reach"},
      `${statement.articles} article(s), ${statement.outlets} outlet(s): ${outlets}`,
      options && options.storyLink ? [" · ", link(route(`story/${encodeURIComponent(statement.story_id)}`),
        "open story")] : null),
    options && options.onMention ? el("p", {class: "mentions"}, "mentions: ",
      statement.mentions.map((mention) => el("button", {
        type: "button", class: "mention", onclick: () => options.onMention(mention),
      }, `${options.articleLabel(mention.article_id)} [${mention.start}:${mention.end}]`))) : null,
    statement.events.length ? el("ul", {class: "events"}, statement.events.map(eventLine)) : null);
}

function pager(load, render, container) {
  // A "more" button that follows next_cursor; items are appended in the API's stable order.
  const more = el("button", {type: "button", class: "more", hidden: true}, "More");
  let cursor = null;
  async function next() {
    more.disabled = true;
    try {
      const page = await load(cursor);
      container.append(...page.items.map(render));
      if (!page.items.length && !container.children.length) container.append(el("p", {class: "empty"}, "Nothing found."));
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (error) {
      container.append(problem(error));
      more.hidden = true;
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener("click", next);
  return {button: more, start: next};
}

function filterForm(fields, values, onSubmit) {
  const form = el("form", {class: "filters"},
    fields.map(([name, label, kind, choices]) => el("label", {},
      el("span", {}, label),
      kind === "select"
        ? el("select", {name}, choices.map(([value, text]) => el("option", {
            value, selected: String(values[name] || "") === value}, text)))
        : el("input", {name, type: kind || "text", value: values[name] || ""}))),
    el("button", {type: "submit"}, "Apply"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form).entries()));
  });
  return form;
}

// ---- timeline -----------------------------------------------------------------------------------

const TIMELINE_FIELDS = [
  ["source", "Source"], ["target", "Target"],
  ["by", "Period", "select", [["month", "month"], ["week", "week"], ["day", "day"]]],
  ["from", "From", "date"], ["to", "To", "date"],
];

async function timelinePage(params) {
  const values = {source: "CHN", target: "USA", by: "month", ...params};
  const form = filterForm(TIMELINE_FIELDS, values, (next) => { location.hash = route("timeline", next); });
  show(el("h1", {}, `${values.source} ⇄ ${values.target}: cooperation and conflict`), form,
    el("p", {class: "loading"}, "Loading…"));
  let result;
  try {
    result = await api("/api/timeline", {...values, both: "true"});
  } catch (error) {
    show(el("h1", {}, "Timeline"), form, problem(error));
    return;
  }
  show(el("h1", {}, `${result.source} ⇄ ${result.target}: cooperation and conflict`), form,
    el("p", {class: "hint"}, "Each point is one story in one period, at the mean Goldstein score of its events " +
      "(+10 most cooperative, −10 most hostile); lines join the period means. Click a point to open its story."),
    timelineChart(result), result.directions.map(directionTable));
}

function timelineChart(result) {
  const labels = [...new Set(result.directions.flatMap((d) => d.periods.map((p) => p.label)))].sort();
  const width = Math.max(640, 90 * labels.length + 120), height = 320;
  const left = 60, right = 30, top = 20, bottom = 50;
  const x = (label) => left + (labels.length === 1 ? (width - left - right) / 2
    : labels.indexOf(label) * (width - left - right) / (labels.length - 1));
  const y = (score) => top + (10 - score) * (height - top - bottom) / 20;
  const chart = svg("svg", {class: "chart", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": `Goldstein score by ${result.by}`});
  for (const score of [10, 5, 0, -5, -10]) {
    chart.append(svg("line", {x1: left, x2: width - right, y1: y(score), y2: y(score),
      class: score === 0 ? "axis zero" : "axis"}),
      svg("text", {x: left - 8, y: y(score) + 4, class: "tick", "text-anchor": "end"}, signed(score)));
  }
  for (const label of labels) {
    chart.append(svg("text", {x: x(label), y: height - bottom + 20, class: "tick", "text-anchor": "middle"}, label));
  }
  result.directions.forEach((direction, index) => {
    const kind = DIRECTION_CLASSES[index];
    const points = direction.periods.map((p) => `${x(p.label)},${y(p.mean_goldstein)}`).join(" ");
    if (direction.periods.length > 1) chart.append(svg("polyline", {points, class: `trend ${kind}`}));
    for (const period of direction.periods) {
      period.stories.forEach((story, rank) => {
        const offset = (rank - (period.stories.length - 1) / 2) * 12 + (index ? 5 : -5);
        const point = svg("circle", {
          cx: x(period.label) + offset, cy: y(story.mean_goldstein), r: Math.min(14, 5 + 2 * story.events),
          class: `point ${kind}`, tabindex: 0, role: "link",
          "data-period": period.label, "data-direction": `${direction.source}-${direction.target}`,
          "data-story": story.id,
        }, svg("title", {}, `${direction.source} → ${direction.target} · ${period.label} · ` +
          `${story.title || "untitled story"} · ${story.events} event(s), mean Goldstein ${signed(story.mean_goldstein)}`));
        const open = () => { location.hash = route(`story/${encodeURIComponent(story.id)}`); };
        point.addEventListener("click", open);
        point.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
        chart.append(point);
      });
    }
  });
  const legend = el("p", {class: "legend"}, result.directions.map((d, index) =>
    el("span", {class: `key ${DIRECTION_CLASSES[index]}`}, `${d.source} → ${d.target}`)));
  return el("figure", {class: "timeline"}, el("div", {class: "scroll"}, chart), legend);
}

function directionTable(direction) {
  const rows = direction.periods.map((period) => el("tr", {"data-period": period.label},
    el("th", {scope: "row"}, period.label),
    el("td", {}, String(period.events.length)),
    el("td", {}, Object.entries(period.by_quad_class).filter(([, n]) => n)
      .map(([quad, n]) => `${QUAD_CLASSES[quad]} ${n}`).join(", ")),
    el("td", {}, signed(period.mean_goldstein)),
    el("td", {}, el("ul", {class: "plain"}, period.statements.map((s) => el("li", {},
      speakerLine(s), ": “", s.text, "” ",
      link(route(`story/${encodeURIComponent(s.story_id)}`), `(${s.articles} article(s))`)))),
      period.stories.length > 1 ? el("p", {class: "stories"}, "stories: ", period.stories.map((story) =>
        [link(route(`story/${encodeURIComponent(story.id)}`), story.title || story.id), " "])) : null)));
  return el("section", {class: "direction"},
    el("h2", {}, `${direction.source} → ${direction.target}`),
    rows.length ? el("table", {}, el("thead", {}, el("tr", {}, ["period", "events", "by quad class",
      "mean Goldstein", "top statements"].map((name) => el("th", {scope: "col"}, name)))), el("tbody", {}, rows))
      : el("p", {class: "empty"}, "No dated events."),
    direction.undated.length ? el("details", {},
      el("summary", {}, `${direction.undated.length} undated event(s): the texts give no date`),
      el("ul", {class: "events"}, direction.undated.map((event) => el("li", {},
        `CAMEO ${event.cameo} (${signed(event.goldstein)}) `, event.text, " ",
        link(route(`story/${encodeURIComponent(event.story_id)}`), "story"))))) : null);
}

// ---- story ----------------------------------------------------------------------------------------

async function loadOrShowProblem(what, path, title) {
  // The API's answer, or null once the page shows why there is none.
  show(el("p", {class: "loading"}, `Loading ${what}…`));
  try {
    return await api(path);
  } catch (error) {
    show(el("h1", {}, title), problem(error));
    return null;
  }
}

const MAX_WHOLE_ARTICLES = 200;

async function storyPage(storyId, params) {
  const whole = params.articles || "";
  const result = await loadOrShowProblem("story",
    `/api/stories/${encodeURIComponent(storyId)}${whole ? "?articles=" + encodeURIComponent(whole) : ""}`, "Story");
  if (!result) return;
  const labels = Object.fromEntries(result.articles.map((a, i) => [a.id, a.outlet || a.title || `article ${i + 1}`]));
  const story = result.story;
  const columns = result.articles.map(articleColumn);
  const onMention = (mention) => {
    const mark = document.querySelector(`.article[data-article-id="${CSS.escape(mention.article_id)}"] ` +
      `mark[data-start="${mention.start}"]`);
    if (mark) {
      mark.scrollIntoView({block: "center"});
      mark.classList.add("flash");
      setTimeout(() => mark.classList.remove("flash"), 1500);
    }
  };
  show(
    el("h1", {}, story.title || (result.articles.find((a) => a.title) || {}).title || "Untitled story"),
    el("p", {class: "meta"}, `${story.first_date || "undated"}${story.last_date && story.last_date !== story.first_date
      ? " – " + story.last_date : ""} · ${story.members} article(s), ${story.articles} counted once, ` +
      `${story.outlets} outlet(s)`),
    el("section", {class: "articles", "aria-label": "articles side by side"}, columns),
    result.other_articles.length ? otherArticles(storyId, result.other_articles) : null,
    el("section", {class: "consolidated"},
      el("h2", {}, `Consolidated statements (${result.statements.length})`),
      result.statements.map((s) => statementCard(s, {onMention, articleLabel: (id) => labels[id] || id}))),
    el("section", {class: "coded"},
      el("h2", {}, `Coded events (${result.events.length})`),
      el("ul", {class: "events"}, result.events.map((event) => {
        const line = eventLine(event);
        line.append(el("blockquote", {}, event.text));
        return line;
      }))));
}

function otherArticles(storyId, others) {
  // Members the API named without sending them whole: a list, and a link that asks for them all.
  return el("section", {class: "other-articles"},
    el("h2", {}, `${others.length} more article(s)`),
    el("ul", {}, others.map((article) => {
      const url = safeUrl(article.url);
      const label = [article.outlet || "outlet unknown", article.published || "date unknown"].join(" · ");
      return el("li", {}, url ? el("a", {href: url, rel: "noopener noreferrer"}, article.title || url)
        : article.title || article.id, ` (${label})`);
    })),
    link(route(`story/${encodeURIComponent(storyId)}`, {articles: MAX_WHOLE_ARTICLES}),
      `Show up to ${MAX_WHOLE_ARTICLES} articles side by side`));
}

function articleColumn(article) {
  const url = safeUrl(article.url);
  return el("article", {class: "article", "data-article-id": article.id},
    el("header", {},
      el("h2", {}, article.title || "(no title)"),
      el("p", {class: "meta"}, [article.outlet || "outlet unknown", article.published || "date unknown"].join(" · ")),
      url ? el("p", {class: "meta"}, el("a", {href: url, rel: "noopener noreferrer"}, url)) : null,
      el("p", {class: "meta code"}, article.id)),
    el("div", {class: "text"}, highlighted(article)));
}

function highlighted(article) {
  // The article text cut at its quote, speaker and cue spans; overlapping spans keep the first (quotes win).
  const spans = [];
  for (const quote of article.quotes) {
    spans.push({start: quote.start, end: quote.end, kind: "quote", quote});
  }
  for (const quote of article.quotes) {
    if (quote.speaker) spans.push({start: quote.speaker.start, end: quote.speaker.end, kind: "speaker", quote});
    if (quote.cue) spans.push({start: quote.cue.start, end: quote.cue.end, kind: "cue", quote});
  }
  const kept = [];
  for (const span of spans) {
    if (span.end > span.start && !kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  const text = article.text;
  const nodes = [];
  let position = 0;
  for (const span of kept) {
    nodes.push(text.slice(position, span.start));
    nodes.push(spanNode(span, text.slice(span.start, span.end)));
    position = span.end;
  }
  nodes.push(text.slice(position));
  return nodes;
}

function spanNode(span, content) {
  const quote = span.quote;
  if (span.kind !== "quote") {
    return el("span", {class: span.kind, title: span.kind === "cue" ? "cue" : `speaker: ${quote.speaker_name || ""}`},
      content);
  }
  const who = [quote.speaker_name || (quote.speaker ? quote.speaker.text : "unknown speaker"),
    quote.speaker_role, quote.speaker_actor].filter(Boolean).join(" · ");
  return el("mark", {class: `quote ${quote.kind}`, "data-quote-id": quote.id, "data-speaker": quote.speaker_name || "",
    "data-start": quote.start, title: who},
  el("span", {class: "who", "aria-label": "speaker"}, who), content);
}

// ---- statements search ----------------------------------------------------------------------------

const STATEMENT_FIELDS = [
  ["speaker", "Speaker"], ["source", "Source"], ["target", "Target"], ["cameo", "CAMEO root"],
  ["quad_class", "Quad class", "select", [["", "any"], ...Object.entries(QUAD_CLASSES)]],
  ["from", "From", "date"], ["to", "To", "date"], ["text", "Text"],
];

function statementsPage(params) {
  const form = filterForm(STATEMENT_FIELDS, params, (next) => { location.hash = route("statements", next); });
  const results = el("div", {class: "results"});
  const pages = pager((cursor) => api("/api/statements", {...params, cursor}),
    (s) => statementCard(s, {storyLink: true}), results);
  show(el("h1", {}, "Statements"), form, results, pages.button);
  pages.start();
}

// ---- actors ---------------------------------------------------------------------------------------

function actorsPage(params) {
  const form = filterForm([["q", "Code or name"]], params, (next) => { location.hash = route("actors", next); });
  const results = el("ul", {class: "actors plain"});
  const pages = pager((cursor) => api("/api/actors", {...params, cursor}), (actor) => el("li", {},
    link(route(`actor/${encodeURIComponent(actor.code)}`), actor.code), " ",
    el("span", {class: "names"}, actor.names.join(", ") + (actor.name_count > actor.names.length ? ", …" : ""))),
  results);
  show(el("h1", {}, "Actors"), form, results, pages.button);
  pages.start();
}

async function actorPage(code) {
  const profile = await loadOrShowProblem("actor", `/api/actors/${encodeURIComponent(code)}`, code);
  if (!profile) return;
  const statements = el("div", {class: "results"});
  const pages = pager((cursor) => api("/api/statements", {source: profile.code, cursor}),
    (s) => statementCard(s, {storyLink: true}), statements);
  show(
    el("h1", {}, profile.code),
    el("p", {class: "names"}, "seen as: ", profile.names.join(", ")),
    el("section", {}, el("h2", {}, "Who spoke for it"), el("ul", {class: "plain"}, profile.speakers.map((s) =>
      el("li", {}, link(route("statements", {speaker: s.name}), s.name), s.role ? ` (${s.role})` : "",
        ` · ${s.statements} statement(s)`)))),
    el("section", {}, el("h2", {}, "To whom"), el("table", {},
      el("thead", {}, el("tr", {}, ["target", "events", "mean Goldstein", "by quad class"].map((n) =>
        el("th", {scope: "col"}, n)))),
      el("tbody", {}, profile.targets.map((t) => el("tr", {},
        el("td", {}, t.target ? link(route("timeline", {source: profile.code, target: t.target}), t.target) : "none"),
        el("td", {}, String(t.events)), el("td", {}, signed(t.mean_goldstein)),
        el("td", {}, Object.entries(t.by_quad_class).filter(([, n]) => n)
          .map(([q, n]) => `${QUAD_CLASSES[q]} ${n}`).join(", "))))))),
    el("section", {}, el("h2", {}, "Over time"), monthBars(profile.months),
      el("p", {class: "hint"}, `${profile.undated_events} undated event(s) are not shown.`)),
    el("section", {}, el("h2", {}, "What it said"), statements, pages.button));
  pages.start();
}

function monthBars(months) {
  if (!months.length) return el("p", {class: "empty"}, "No dated events.");
  const most = Math.max(...months.map((m) => m.events));
  const width = Math.max(320, months.length * 40 + 40), height = 160;
  const chart = svg("svg", {class: "chart bars", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": "events per month"});
  months.forEach((month, index) => {
    const barHeight = (height - 40) * month.events / most;
    chart.append(svg("rect", {x: 20 + index * 40, y: height - 25 - barHeight, width: 28, height: barHeight,
      class: month.mean_goldstein >= 0 ? "bar cooperation" : "bar conflict"},
    svg("title", {}, `${month.month}: ${month.events} event(s), mean Goldstein ${signed(month.mean_goldstein)}`)),
    svg("text", {x: 34 + index * 40, y: height - 8, class: "tick", "text-anchor": "middle"}, month.month.slice(2)));
  });
  return el("div", {class: "scroll"}, chart);
}

// ---- routing --------------------------------------------------------------------------------------

function render() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const [page, ...rest] = path.split("/");
  const argument = decodeURIComponent(rest.join("/"));
  for (const item of document.querySelectorAll("nav a[data-page]")) {
    item.classList.toggle("current", item.dataset.page === (page === "story" ? "timeline" : page.replace(/^actor$/, "actors")));
  }
  if (page === "story" && argument) return storyPage(argument, params);
  if (page === "statements") return statementsPage(params);
  if (page === "actor" && argument) return actorPage(argument);
  if (page === "actors") return actorsPage(params);
  return timelinePage(params);
}

window.addEventListener("hashchange", render);
render();
