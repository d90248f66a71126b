// The people and organisations a story names, each linking to the stories that name them too.
import { el, replaceChildren } from "../dom.js";
import { countOf } from "../format.js";
import { storiesHref } from "../links.js";

export function renderEntities(host, story) {
  const entities = (story.entities ?? []).filter((entity) => entity.type !== "location");
  replaceChildren(host, entities.length
    ? entities.map((entity) => el("li", {}, [
      el("a", { href: storiesHref({ entity: entity.key }), text: entity.name }),
      el("span", { className: "hint", text: ` ${entity.type} · ${countOf(entity.mentions, "mention")}` }),
    ]))
    : el("li", { className: "empty", text: "None recognised." }));
}
