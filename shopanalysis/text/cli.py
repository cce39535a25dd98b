"""What the ``shopanalysis`` command line says (:mod:`shopanalysis.cli`): help, listings, progress and errors.

The ``argparse.*`` templates translate the messages argparse itself writes (``usage:``,
``options``, "the following arguments are required"): their English text is argparse's
own message, which :mod:`shopanalysis.cli` looks them up by, and they keep argparse's
``%``-placeholders.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "cli",
    {
        # --- help --------------------------------------------------------------------------------
        "help.description": (
            "运行店铺报告（每日复盘、直通车关键词、竞品对比、美工和客服考核），数据用你的导出文件或自带的演示店铺。"
            "命令行和报告的语言由环境变量 SHOPANALYSIS_LANG 决定（zh 中文，默认；en English），"
            "单个报告也可以用 -p lang=en 指定。",
            "Run the shop reports (daily review, PPC keywords, competitors, designer and customer-service KPIs) "
            "on your exports or the bundled demo shop. The command line and the reports speak the language of "
            "SHOPANALYSIS_LANG (zh, the default, or en); -p lang=en sets one report's."),
        "help.epilog": ("退出码：0 成功，1 有报告失败（或输出文件夹不能写入、正被另一个运行占用），2 用法或参数有误，"
                        "3 报告已存在（加 --force 覆盖），130 按了 Ctrl-C 中断。",
                        "Exit codes: 0 success, 1 a report failed (or its output folder cannot be written or is "
                        "in use by another run), 2 bad usage or parameters, 3 a report already exists "
                        "(use --force), 130 interrupted with Ctrl-C."),
        "help.command_metavar": ("命令", "command"),
        "help.report_metavar": ("报告名", "report"),
        "help.list": ("列出所有报告及其参数", "list the reports and their parameters"),
        "help.run": ("运行一个报告", "run a report"),
        "help.run_description": ("运行一个报告笔记本，生成它的报告文件夹（笔记本、HTML、metrics.json，可选 PDF）。",
                                 "Run a report notebook and write its folder (notebook, HTML, metrics.json, "
                                 "optionally a PDF)."),
        "help.report": ("报告名，如 daily-review（见 shopanalysis list）",
                        "report name, e.g. daily-review (see shopanalysis list)"),
        "help.param": ("一个参数，可重复；日期写成 2026-10-15，区间写成 2026-10-01..2026-10-31（每天一份报告）",
                       "a parameter (repeatable); dates as 2026-10-15, ranges as 2026-10-01..2026-10-31 "
                       "(one report per day)"),
        "help.data": ("导出文件所在的文件夹（默认：自带的演示店铺）；多个店铺就重复写",
                      "folder of exports (default: the bundled demo shop); repeat it for several shops"),
        "help.out": ("报告写到哪里（默认：reports）；用 --executor dask 时，这里必须是每台工作机都能以同一路径访问的共享文件夹",
                     "where the reports go (default: reports); with --executor dask, a shared folder every worker "
                     "reaches at the same path"),
        "help.pdf": ("同时生成 PDF", "also write a PDF"),
        "help.force": ("覆盖已有的报告", "replace an existing report"),
        "help.jobs": ("同时运行 N 个报告（批量时）；--executor dask 不带 --scheduler 时，本机 Dask 集群的工作进程数",
                      "run N reports at a time (batches); with --executor dask and no --scheduler, the worker "
                      "processes of the local Dask cluster"),
        "help.executor": ("在哪里运行批量报告：local 本机（默认），dask 每个报告一个 Dask 任务"
                          "（需要 distributed；--data 和 --out 要放在每台工作机都能访问的共享存储上）",
                          "where a batch runs: local, this machine (the default), or dask, one Dask task per report "
                          "(needs distributed; --data and --out on storage every worker reaches)"),
        "help.scheduler": ("连接已在运行的 Dask 调度器，如 tcp://10.0.0.5:8786（含 --executor dask；此时 -j 不起作用，"
                           "由集群的工作进程决定）",
                           "connect to a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --executor dask; "
                           "-j is then the cluster's business)"),
        "help.quiet": ("只打印错误", "print errors only"),
        # --- run --no-cache (the parsed-table cache, shopanalysis._cache) ----------------------------
        "help.no_cache": ("不用已解析表格的缓存：每个导出文件都重新解析（报告内核里设 SHOPANALYSIS_NO_CACHE=1）",
                          "do not use the parsed-table cache: parse every export afresh (the report kernels get "
                          "SHOPANALYSIS_NO_CACHE=1)"),
        "help.demo": ("为演示店铺生成全部示例报告（HTML 和 PDF）", "write the demo reports (HTML and PDF) of the bundled shop"),
        "help.demo_out": ("报告写到哪里（默认：reports）", "where the reports go (default: reports)"),
        "help.samples": ("用带种子的生成器重写自带的演示店铺数据", "rewrite the bundled demo shops from the seeded generator"),
        "help.samples_out": ("写到这个文件夹（默认：包内的数据文件夹）", "write them here (default: the package's data folder)"),
        "help.course": ("列出课程的各课，或写出你自己的练习副本", "list the course's lessons, or write your own copies of them"),
        "help.course_description": ("不带选项：列出各课。带 --student DIR：把去掉答案的练习副本写到 DIR。",
                                    "Without options: list the lessons. With --student DIR: write learner copies "
                                    "of the lessons (solutions stripped) to DIR."),
        "help.student": ("把你的练习副本写到这里（如 student）", "write your copies of the lessons here (e.g. student)"),
        "help.course_force": ("覆盖已有的副本（里面的答案会丢失）",
                              "replace copies that are already there (your answers in them are lost)"),
        "help.course_lang": ("课程的语言版本：zh（中文版，默认）或 en（英文版）；列表和提示也用这种语言",
                             "the course's edition: zh (Chinese, the default) or en (English); the listing and "
                             "messages follow it too"),
        # --- shopanalysis list -------------------------------------------------------------------
        "list.report": ("{name}  {title}（{file}）", "{name}  {title} ({file})"),
        "list.header": ("参数", "parameter"),
        "list.type": ("类型", "type"),
        "list.default": ("默认值", "default"),
        "list.help": ("说明", "description"),
        "list.none": ("没有找到报告笔记本（在 {folder}）", "no report notebooks found (in {folder})"),
        "type.int": ("整数", "int"),
        "type.float": ("数字", "number"),
        "type.bool": ("是/否", "true/false"),
        "type.str": ("文本", "text"),
        "type.list": ("列表", "list"),
        "type.dict": ("JSON 对象", "JSON"),
        "type.date": ("日期", "date"),
        "type.month": ("月份", "month"),
        # --- running -----------------------------------------------------------------------------
        "error": ("错误：{message}", "error: {message}"),
        "error.no_folder": ("--data {folder}：没有这个文件夹", "--data {folder}: no such folder"),
        "error.jobs": ("-j 后面要写 1 或更大的整数", "-j takes a whole number of 1 or more"),
        "run.wrote": ("已生成 {folder}/（{files:list}），用时 {seconds:.1f} 秒",
                      "wrote {folder}/ ({files:list}) in {seconds:.1f} s"),
        "interrupted": ("已中断（Ctrl-C）；原有的报告保持不变", "interrupted (Ctrl-C); reports that were there are left as they were"),
        "error.executor": ("执行方式只能是 local 或 dask；收到的是 {executor!r}",
                           "the executor is local or dask; got {executor!r}"),
        "error.scheduler_local": ("--scheduler 只能和 --executor dask 一起用（去掉 --executor local 即可）",
                                  "--scheduler goes with --executor dask (drop --executor local)"),
        "error.no_distributed": ("--executor dask 需要 Dask 的 distributed 包，本环境没有安装。安装命令：{command}",
                                 "--executor dask needs Dask's distributed package, which this environment lacks. "
                                 "Install it with: {command}"),
        "error.scheduler": ("连不上 Dask 调度器 {address}（等了 {seconds:.0f} 秒：{detail}）。"
                            "请确认调度器已启动（dask scheduler）、地址和端口无误（如 tcp://10.0.0.5:8786），"
                            "且本机能访问它",
                            "cannot reach the Dask scheduler at {address} (waited {seconds:.0f} s: {detail}). "
                            "Check that it is running (dask scheduler), that the address and port are right "
                            "(e.g. tcp://10.0.0.5:8786) and that this machine can reach it"),
        "error.scheduler_address": ("{address} 不是 Dask 调度器的地址（{detail}）；要写成 tcp://主机:端口，"
                                    "如 tcp://10.0.0.5:8786",
                                    "{address} is not a Dask scheduler address ({detail}); write it as "
                                    "tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786"),
        "error.no_workers": ("Dask 调度器 {address} 连上了，但 {seconds:.0f} 秒内没有一个工作进程加入；"
                             "请在各台机器上启动 dask worker {address}",
                             "the Dask scheduler at {address} answered, but no worker joined it within "
                             "{seconds:.0f} s; start dask worker {address} on your machines"),
        "error.local_cluster": ("本机的 Dask 集群没能启动（{seconds:.0f} 秒内：{detail}）",
                                "the local Dask cluster did not start (within {seconds:.0f} s: {detail})"),
        "error.task": ("{report} {period}：Dask 任务失败（报告之外的错误，或工作进程中途退出）：{error}",
                       "{report} {period}: the Dask task failed (outside the report, or its worker died): {error}"),
        "run.failed": ("{total} 个报告中有 {failed} 个失败", "{failed} of {total} runs failed"),
        # --- shopanalysis course -----------------------------------------------------------------
        "course.header": ("课程共 {n} 课，按顺序学（带答案的原稿在 {folder}）",
                          "The course: {n} lessons, in order (sources with solutions in {folder})"),
        "course.lesson": ("  {number}  {title}  约 {minutes} 分钟：{teaches}",
                          "  {number}  {title}  ~{minutes} min: {teaches}"),
        "course.not_written": ("（还没写）", "  (not written yet)"),
        "course.start": ("\n开始学：先写出你自己的副本（去掉了答案），打开它们，从第 00 课学起：",
                         "\nTo start: write your own copies (solutions stripped), open them, and begin with lesson 00:"),
        "course.wrote": ("已写入  {path}", "wrote    {path}"),
        "course.replaced": ("已覆盖  {path}", "replaced {path}"),
        "course.updated": ("已更新  {path}", "updated  {path}"),
        "course.kept": ("已保留  {path}（已经在了，里面有你的答案；加 --force 覆盖）",
                        "kept     {path}  (already there, with your work; --force replaces it)"),
        "course.missing": ("已跳过  {path}（这一课还没写）", "skipped  {path}  (this lesson is not written yet)"),
        "course.next": ("\n下一步：{command}", "\nNext: {command}"),
        "course.other_edition": ("\n英文版（English edition）：{command} --lang en",
                                 "\nThe Chinese edition: {command} --lang zh"),
        # --- what argparse itself says (the English is argparse's message, with its %-placeholders) ---
        "argparse.usage": ("用法：", "usage: "),
        "argparse.positionals": ("位置参数", "positional arguments"),
        "argparse.options": ("选项", "options"),
        "argparse.help": ("显示这段帮助并退出", "show this help message and exit"),
        "argparse.error": ("%(prog)s：错误：%(message)s\n", "%(prog)s: error: %(message)s\n"),
        "argparse.required": ("缺少参数：%s", "the following arguments are required: %s"),
        "argparse.argument": ("参数 %(argument_name)s：%(message)s", "argument %(argument_name)s: %(message)s"),
        "argparse.choice": ("没有 %(value)r 这一项（可选：%(choices)s）",
                            "invalid choice: %(value)r (choose from %(choices)s)"),
        "argparse.unrecognized": ("无法识别的参数：%s", "unrecognized arguments: %s"),
        "argparse.invalid": ("%(value)r 不是有效的 %(type)s 值", "invalid %(type)s value: %(value)r"),
        "argparse.one": ("后面要跟一个值", "expected one argument"),
        "argparse.ambiguous": ("选项 %(option)s 不明确，可能是 %(matches)s",
                               "ambiguous option: %(option)s could match %(matches)s"),
    },
)
