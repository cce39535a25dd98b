"""Words of the course's fixed parts: title and link cells, template headings, the exercises' frame.

Used by :mod:`shopanalysis.course.lessons` (``nav_links``, ``title_cell``) and
:class:`shopanalysis.course.authoring.LessonBuilder`; both editions of the course
(``shopanalysis course --student DIR [--lang zh|en]``) are written from these.
"""

from . import Catalog

T = Catalog(
    "lessons",
    {
        "nav.home": ("← [课程首页](README.md)", "← [Course home](README.md)"),
        "nav.previous": ("← 上一课：[{number} · {title}]({file})", "← Previous: [{number} · {title}]({file})"),
        "nav.glossary": ("[术语表](glossary.md)", "[Glossary](glossary.md)"),
        "nav.next": ("下一课：[{number} · {title}]({file}) →", "Next: [{number} · {title}]({file}) →"),
        "nav.finished": ("下一步：整个课程你已经学完了。把[术语表](glossary.md)放在手边 →",
                         "Next: you have finished the course. Keep the [glossary](glossary.md) at hand →"),
        "title.minutes": ("*约 {minutes} 分钟。*", "*About {minutes} minutes.*"),
        "heading.goal": ("## 目标", "## Goal"),
        "heading.exercises": ("## 练习", "## Exercises"),
        "heading.recap": ("## 小结", "## Recap"),
        "heading.exercise": ("### 练习 {number} · {title}", "### Exercise {number} · {title}"),
        "exercise.letter": ('把字母写在引号里，例如 `answer = "{letter}"`。',
                            'Write the letter in quotes, e.g. `answer = "{letter}"`.'),
        "exercises.intro": (
            "每道练习有两个代码格。在第一格里把 `None` 换成你的代码（保留前面的 `answer = `，上面可以加几行），"
            "按 **Shift+Enter** 运行；再运行第二格，也就是检查器（checker）。它会回答*还没作答*、*对了*（并说明这个数"
            "为什么重要），或者*还不对*（哪里不对，再给一个提示）。想试几次都行，检查器不记次数。",
            "Each exercise has two code cells. In the first, replace `None` with your code (keep\n"
            "`answer = ` in front; you may add lines above it) and run it with **Shift+Enter**; then\n"
            "run the second, the checker. It answers *not attempted yet*, *right* (and why it\n"
            "matters) or *not yet* (what is off, and a hint). Try as often as you like; the checker\n"
            "never counts."),
    },
)
