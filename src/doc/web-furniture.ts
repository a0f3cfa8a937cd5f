/**
 * Web-page furniture that HTML extraction carries into the text: the page's
 * buttons (【打印】【关闭】, 【字体：大 中 小】, 扫一扫在手机打开当前页), its
 * breadcrumb trail (首页 > 政务公开 > 政策文件) and its metadata lines (责任编辑：…, 浏览次数：…, 上一篇：…, 分享到：…, ICP备…号). The
 * patterns are written by hand from the templates of government sites: no
 * library lists them. Only whole lines count: the same words inside a
 * sentence are prose (被点击、浏览次数达到五千次以上的).
 */

/** The three font sizes of a page's size switch: 大 中 小, or each in brackets ([大][中][小]). */
const SIZES = String.raw`(?:[【\[]?[大中小][】\]]?\s*){2}[【\[]?[大中小][】\]]?`;
/** One button of a page (in 【】 or [] or bare): print, close, bookmark, report an error, back to top, share, font size. */
const BUTTON = String.raw`(?:打印(?:本页|此页|页面)?|关闭(?:窗口|本页|页面)?|(?:加入)?收藏(?:本页)?|我要纠错|纠错|返回顶部|返回(?:首页|列表)?|分享|(?:字体|字号)[:：]?\s*${SIZES}|${SIZES})`;
const BUTTON_LINE = new RegExp(String.raw`^(?:[【\[]?\s*${BUTTON}\s*[】\]]?[\s|｜/·]*){2,}$|^[【\[]\s*${BUTTON}\s*[】\]]$|^(?:【\s*)?(?:字体|字号)[:：]?\s*${SIZES}(?:\s*】)?$|^扫一扫在手机(?:上)?(?:打开|查看)当前页(?:面)?$`, "u");
/** A breadcrumb trail: where the page sits on the site (当前位置：首页 > 政务公开 > 政策文件). */
const BREADCRUMB = /^(?:(?:当前位置|您的位置|您现在的位置)[:：]\s*)?首页\s*(?:[>＞»›/]\s*[^>＞»›/\s]{1,20}\s*){1,6}$/u;
/** Metadata of the page, not of the document: an editor's name, counts, links to neighbouring articles, sharing, registration numbers. */
const META_LINE =
  /^(?:责任编辑[:：]\s*\S{1,12}|(?:浏览|阅读|访问|点击)(?:次数|量|数)[:：]\s*\d+\s*次?|[上下]一(?:篇|条)[:：].{0,60}|分享到[:：]?.{0,30}|.{0,30}ICP备\s*\d+\s*号.{0,30}|.{0,30}公网安备\s*\d+\s*号.{0,30}|网站标识码[:：]?.{0,20}|(?:信息)?来源[:：]\s*\S{1,20}\s+(?:发布)?(?:时间|日期)[:：].{0,30}|(?:发布)?(?:时间|日期)[:：]\s*\d{4}.{0,20}\s+(?:信息)?来源[:：]\s*\S{1,20})$/u;

/**
 * Words one of META_LINE's forms must hold: a line without any is no metadata, and this test
 * costs a single scan, where META_LINE's leading .{0,30} tries every start (1–2 % of a lint).
 */
const META_WORDS = /责任编辑|浏览|阅读|访问|点击|[上下]一[篇条]|分享到|ICP备|公网安备|网站标识码|来源/u;

export interface WebFurniture {
  /** Buttons are the page's alone (remove the line); metadata may have been kept on purpose (a warning). */
  safe: boolean;
}

/** Whether a line's content (trimmed) is web-page furniture, and how sure. */
export function parseWebFurniture(content: string): WebFurniture | undefined {
  if (content.length > 80) return undefined;
  if (BUTTON_LINE.test(content) || BREADCRUMB.test(content)) return { safe: true };
  if (META_WORDS.test(content) && META_LINE.test(content)) return { safe: false };
  return undefined;
}
