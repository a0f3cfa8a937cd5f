import { testRule } from "../../test/support/rule-tester.js";
import { describe, expect, it } from "vitest";
import { findRepeats } from "./detect.js";
import rule from "./index.js";

// Our own sentences. Removing a copy is an unsafe suggestion: no fix (output = input).
const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return [start, start + needle.length] as [number, number];
};

const pasted = "双方同意推动签署投资保护协定投资保护协定，扩大贸易规模。";
const pastedInTitle = "依照《中华人民共和国道路交通安全法道路交通安全法》的规定处理。";
const withGap = "双方呼吁尽快达成《防止外空军备竞赛条约》草案防止外空军备竞赛条约，维护外空安全。";
const splitByRareEntry = "本市应当改善城乡居民健康水平，推进健康中国建城乡居民健康水平，推进健康中国设。";
// A copy pasted into the middle of a word (主持), after a gap that contains 和.
const midWord = "会议由全体委员共同推举一名委员召集和主一名委员召集持委员会会议。";
// Copies that look like list items or parallel clauses by their separators, but whose edges cut
// words (是指|老服务机构，是指|依法; 依法办理|称养老服务机构，是指|登记): the edge-surprise path.
const listLikePaste = "本条例所称养老服务机构，是指老服务机构，是指依法办理登记的机构。";
const clauseLikePaste = "本条例所称养老服务机构，是指依法办理称养老服务机构，是指登记的机构。";
// Far from its first copy (a gap of 11), still cutting words at both edges (有关部|…|门).
const farPaste = "县级以上地方人民政府应当组织有关部县级以上地方门编制养老服务设施布局规划。";
const slash = "双方将推动签订合作框架协议/备忘录，加强沟通。";
const twoSlashes = "双方将推动签订合作框架协议/备忘录，深化交流合作/对话。";
// A clause and its comma pasted right after themselves: list items that share a part differ, these do not.
const clauseTwice = "各选区应选代表的具体名额，应选代表的具体名额，由选举委员会确定。";
// A copy spanning a clause boundary right after itself: clauses are not list items.
const clausesTwice = "当事人协商一致的，可以协商一致的，可以变更合同内容。";
// A pasted list fragment repeats whole items (克扣, 截留, 挪用 twice).
const itemsTwice = "不得以拖欠、克扣、截留、挪用、克扣、截留、挪用工资等方式侵害劳动者权益。";
// A pasted list fragment after a gap repeats whole items (节约, 集约 twice): no shared part of list items.
const itemsAfterGap = "应当促进土地得到节约、集约、高效的土地得到节约、集约、高效利用。";
// After a gap of three, a copy that carries half of 监督 across (的监|督 in the first copy, 的监|， here).
// After a gap of a word or two, a copy that carries one clause's end into the next (损害的，该单位应当; 稳步发展，务实合作):
// legal prose repeats a clause's object, not a clause's seam.
const clauseSeamAfterGap = "对违反规定造成他人损害的，该单位应当依法损害的，该单位应当承担赔偿责任。";
const clausesAfterGap = "两国关系稳步发展，务实合作取得两国关系稳步发展，务实合作新成果。";
const halfWord = "县级人民政府应当加强对养老机构的监督检查对养老机构的监，及时处理投诉。";

testRule("repeated-phrase", rule, {
  valid: [
    // Bodies of two levels share the rest of their names: each copy follows a different level character (区, 市).
    "区人民代表大会常务委员会受市人民代表大会常务委员会委托组织代表开展专题调研。",
    // Bodies named by their level: the copies start at 级 after different characters (上级/下级, 各级/上一级).
    "上级生态环境行政主管部门对下级生态环境行政主管部门违法的行为应当予以纠正。",
    "县级以上地方各级人民代表大会常务委员会受上一级人民代表大会常务委员会的委托，组织选举。",
    // A doubles pair: two people's names joined by a slash.
    "第二局，对手加强网前封堵，周立恒/孙雨桐失误增多，以18比21告负。",
    // Paths in a list of sources: the slashes join a file's folders, not an editor's two variants.
    "来源：法律法规/地方性法规/上海/上海市水资源管理条例.md； 司法解释/关于执行《刑法》 确定罪名的补充规定.md",
    "| 1 | 司法解释/关于执行《刑法》 确定罪名的补充规定.md |",
    // Parallel clauses: the repeated run spans a clause boundary (所有的经营性资产，加强对).
    "加强对集体所有的经营性资产，加强对个人所有的经营性资产，加强对公共设施的管理。",
    // Parallel constructions and lists repeat on purpose.
    "完善基层群众自治制度，扩大基层群众自治范围，推动基层治理现代化。",
    "向香港特别行政区同胞、澳门特别行政区同胞、台湾同胞致以问候。",
    "违反本法第三十三条、第四十三条、第四十四条规定的，依法处理。",
    "全国人民代表大会常务委员会接受全国人民代表大会常务委员会委员辞职的，应当公告。",
    "既要坚持中国特色社会主义，又要发展中国特色社会主义。",
    // A repetition that starts after a word (确保|…) does not split a word.
    "保护公民个人健康信息，确保公民个人健康信息安全。",
    // List items that share a part and all differ (企业合同、国有控股 joins two items).
    "国有独资企业合同、国有控股企业合同、国有控股企业章程应当报送备案。",
    // Titles in a list share their beginnings, or run from one title into the next.
    "根据《中华人民共和国森林法》《中华人民共和国森林法实施条例》和其他有关法律的规定，制定本办法。",
    "依照《中华人民共和国水法》《中华人民共和国水土保持法》《中华人民共和国防洪法》等法律，做好河道管理工作。",
    // Two different titles that share words, the one right after the other or after a gap.
    "根据《中华人民共和国反间谍法》《中华人民共和国反间谍法实施细则》等法律法规，制定本办法。",
    "根据《城市市容和环境卫生管理条例》《浙江省城市市容和环境卫生管理条例》和有关法律、法规，制定本办法。",
    // A preposition introduces the second mention, with its level or without.
    "县（市、区）城市绿化行政主管部门在市城市绿化行政主管部门的指导下，负责本行政区域内的城市绿化工作。",
    "省、自治区、直辖市人民政府规章由省、自治区、直辖市人民政府报国务院备案。",
    // Numbered items of a list run together into one paragraph.
    "14．决水罪（第114条、第115条第1款）15．爆炸罪（第114条、第115条第1款）16．投毒罪（第114条、第115条第1款）",
    // A conjunction between contrasted copies (外但…内, 而未).
    "行为发生在中华人民共和国管辖海域外但在中华人民共和国管辖海域内造成损害的，适用本法。",
    "行政机关应当在收到申请之日起二十日内作出决定而未在收到申请之日起二十日内作出决定的，视为准予。",
    // Units and 和/或 are not alternatives.
    "价格为每吨3000元/吨，时速80公里/小时。",
    // List items that begin with another item (区人民政府、区人民政府办公室) are no paste's seam.
    "会议邀请了区人民政府、区人民政府办公室、区发展和改革委员会的负责同志参加。",
    // Nor are items ending in a word that others end in (业主 + 委员会, after 居民委员会).
    "建立居民委员会、村民委员会、业主委员会、业主、物业服务人等共同参与的治理架构。",
    // Repeated wording whose second copy a hard wrap cut off a word (责|任后): the wrap's finding, not a paste.
    "由公司承担民事责任。公司承担民事责\n任后，依照法律或者公司章程的规定，可以向有过错的董事追偿。",
  ],
  invalid: [
    // The same wording cut by a comma instead of a wrap reads as pasted.
    {
      text: "由公司承担民事责任。公司承担民事责，任后，依照法律或者公司章程的规定，可以向有过错的董事追偿。",
      output: "由公司承担民事责任。公司承担民事责，任后，依照法律或者公司章程的规定，可以向有过错的董事追偿。",
      errors: [{ range: [10, 17] as [number, number] }],
    },
    // A list pasted into itself: 乡村更美丽让城市更宜居 is one item followed by the end of another, a paste's seam.
    {
      text: "我们有信心让城市更宜居、乡村更美丽让城市更宜居、乡村更美丽、人民更幸福。",
      output: "我们有信心让城市更宜居、乡村更美丽让城市更宜居、乡村更美丽、人民更幸福。",
      errors: [{ range: [17, 29] as [number, number] }],
    },
    // The same level twice is a paste, level and all.
    { text: "区人民代表大会常务委员会受区人民代表大会常务委员会委托组织代表开展专题调研。", output: "区人民代表大会常务委员会受区人民代表大会常务委员会委托组织代表开展专题调研。", errors: [{ range: [13, 25] as [number, number] }] },
    { text: pasted, output: pasted, errors: [{ range: at(pasted, "投资保护协定", pasted.indexOf("投资保护协定") + 1) }] },
    { text: withGap, output: withGap, errors: [{ range: at(withGap, "防止外空军备竞赛条约", withGap.indexOf("草案")) }] },
    { text: midWord, output: midWord, errors: [{ range: at(midWord, "一名委员召集", midWord.indexOf("和主")) }] },
    { text: listLikePaste, output: listLikePaste, errors: [{ range: at(listLikePaste, "老服务机构，是指", 10) }] },
    { text: clauseLikePaste, output: clauseLikePaste, errors: [{ range: at(clauseLikePaste, "称养老服务机构，是指", 10) }] },
    {
      text: farPaste,
      output: farPaste,
      errors: [{ range: at(farPaste, "县级以上地方", 1), message: "“县级以上地方”在前文出现过，此处又夹在词语中间（前后都不成词）：疑为复制粘贴时多出的一段，请删去" }],
    },
    { text: slash, output: slash, errors: [{ range: at(slash, "框架协议/备忘录") }] },
    // A copy pasted inside one title, or the same title twice.
    { text: pastedInTitle, output: pastedInTitle, errors: [{ range: at(pastedInTitle, "道路交通安全法", pastedInTitle.indexOf("法") + 1) }] },
    // Two variants in two clauses of one sentence: each slash stands alone in its clause.
    { text: twoSlashes, output: twoSlashes, errors: [{ range: at(twoSlashes, "框架协议/备忘录") }, { range: at(twoSlashes, "交流合作/对话") }] },
    { text: clauseTwice, output: clauseTwice, errors: [{ range: at(clauseTwice, "应选代表的具体名额，", 5) }] },
    { text: clausesTwice, output: clausesTwice, errors: [{ range: at(clausesTwice, "协商一致的，可以", 4) }] },
    { text: itemsTwice, output: itemsTwice, errors: [{ range: at(itemsTwice, "、克扣、截留、挪用", 8) }] },
    { text: itemsAfterGap, output: itemsAfterGap, errors: [{ range: at(itemsAfterGap, "土地得到节约、集约、高效", 8) }] },
    // 建|…|设 split by the copy; 国建, a rare dictionary entry (3 occurrences), is no word of its own side.
    { text: splitByRareEntry, output: splitByRareEntry, errors: [{ range: at(splitByRareEntry, "城乡居民健康水平，推进健康中国", splitByRareEntry.indexOf("建城") + 1) }] },
    { text: clauseSeamAfterGap, output: clauseSeamAfterGap, errors: [{ range: at(clauseSeamAfterGap, "损害的，该单位应当", 13) }] },
    { text: clausesAfterGap, output: clausesAfterGap, errors: [{ range: at(clausesAfterGap, "两国关系稳步发展，务实合作", 1) }] },
    {
      text: halfWord,
      output: halfWord,
      errors: [{ range: at(halfWord, "对养老机构的监", 11), message: "“对养老机构的监”前面几个字刚出现过，此处又重复一遍：疑为复制粘贴或提取时重复，请删去多余的一处" }],
    },
  ],
});

describe("findRepeats", () => {
  it("does not take a copy between a mark and a hard line break for a paste (those edges say nothing about words)", () => {
    // Without the guard the edge surprise here is 20.8: 《 and the line break are unknown to the model.
    const wrapped = "本条例经第九届全国人民代表大会常务委员会审议后，刊登于《全国人民代表大\n会常务委员会公报》。";
    expect(findRepeats(wrapped, 0, wrapped.length)).toEqual([]);
  });
});
