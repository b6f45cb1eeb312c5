#!/usr/bin/env python3
"""Splits an async-profiler CPU profile (collapsed stacks, ctimer at 1 ms) of the application by item.

    bench/profile-split.py PROFILE.collapsed REQUESTS

Prints two tables: "inclusive" (share of the samples whose stack contains a frame of the item; items overlap, e.g.
the SQL a flush sends counts for both) and "exclusive" (each sample counted once, so the column adds up to 100 %:
for the first cause of the list below that its stack contains, else for the layer of its leaf-most frame that names
one, i.e. where the CPU was spent). With REQUESTS (the requests served while the profile
ran) each share is also given as CPU ms per request: a sample is 1 ms of the process's CPU time.
Used by bench/money-transfers.sh (BENCH_PROFILER); see docs/benchmarks.md.
"""
import re
import sys

# (item, pattern on any frame of the stack). Order matters for the exclusive split: the first match wins, so the
# more specific items come first (JIT and GC threads, then token verification, GraphQL parsing, ...).
ITEMS = [
    ("JIT compiler threads", r"CompileBroker|C2Compiler|Compilation::|C1_|Compile::"),
    ("GC", r"G1|GCTaskThread|ConcurrentGCThread|SafepointSynchronize|VM_Operation|WorkerThread::run"),
    ("OIDC token verification (jose4j, quarkus-oidc)", r"org/jose4j|io/quarkus/oidc|io/smallrye/jwt"),
    ("GraphQL parse (graphql-java parser)", r"graphql/parser/"),
    ("GraphQL validation", r"graphql/validation/"),
    ("limits (query depth, cost, aliases)", r"com/connectboard/graphql/.*[Ll]imit|QueryLimits|QueryCost"),
    ("Hibernate loader built per find (tenant filter)", r"SingleIdEntityLoaderStandardImpl\.(resolveLoadPlan|createLoadPlan)|LoaderSelectBuilder|SingleIdLoadPlan\.<init>|SingleIdEntityLoaderSupport"),
    ("Hibernate SQL translation (SQM to SQL)", r"StandardSqmTranslator|BaseSqmToSqlAstConverter|AbstractSqlAstTranslator|QueryInterpretationCache|interpretHql|buildCacheableSqmInterpretation|SemanticQueryBuilder"),
    ("Hibernate flush (incl. the flush at commit)", r"AbstractFlushingEventListener|DefaultAutoFlushEventListener|SessionImpl\.flush|beforeCompletion"),
    ("JDBC driver and its socket I/O", r"org/postgresql/"),
    ("transaction begin/commit (Narayana)", r"com/arjuna/ats/internal/arjuna|com/arjuna/ats/arjuna|TransactionImple|BaseTransaction\.(begin|commit|rollback)|TransactionManagerImple"),
    ("Hibernate other (session, loads, hydration)", r"org/hibernate/"),
    ("JSON (Jackson, Yasson, Parsson)", r"com/fasterxml/jackson|org/eclipse/yasson|org/eclipse/parsson|jakarta/json"),
    ("GraphQL execution (graphql-java, SmallRye)", r"graphql/execution|io/smallrye/graphql|graphql/GraphQL"),
    ("application code (com/connectboard)", r"com/connectboard/"),
    ("HTTP, Vert.x, Netty (incl. socket I/O)", r"io/vertx|io/netty|io/quarkus/vertx"),
    ("CDI, context propagation, security", r"io/quarkus/arc|io/smallrye/context|io/quarkus/security|io/smallrye/mutiny"),
    # Steps of a request (they contain the layers above, so they only show in the inclusive table).
    ("step: sendFunds, whole money transaction (Idempotency.transaction)", r"money/Idempotency\.(?:run|transaction)(?:;|$)"),
    ("step: sendFunds, the one database call (send_funds_to_balance)", r"TransferService\.lambda\$toBalance[^;]*;(?:[^;]*;)*(org/hibernate/query|org/postgresql)"),
    ("step: sendFunds, account row locked and loaded (requireForChange)", r"AccountService\.(?:lookupForChange|requireForChange)(?:;|$)"),
    ("step: sendFunds, TRANSFERS status (capabilityStatus)", r"AccountEvaluation\.capabilityStatus(?:;|$)"),
    ("step: sendFunds, ledger legs and entries (Ledger.post)", r"money/Ledger\.post(?:;|$)"),
    ("step: sendFunds, transfer.created event (EventRecorder.record)", r"EventRecorder\.record(?:;|$)"),
    ("step: sendFunds, idempotency claim and stored result (native statements)", r"Idempotency\.(?:once|claim|store);(?:(?!com/connectboard/money/TransferService)[^;]*;)*(org/hibernate/query|org/postgresql)"),
    ("step: sendFunds, input hash (canonical JSON, SHA-256)", r"Idempotency\.hash(?:;|$)"),
    ("step: commit (flush, JDBC commit)", r"NotifyingUserTransaction\.commit|TransactionImple\.commit"),
    ("step: connectedAccount / list resolvers (com/connectboard/account)", r"com/connectboard/account/"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in ITEMS]
# Items that name a layer rather than a cause (whole requests run inside their frames): in the exclusive split a
# sample left over by the causes above them goes to the layer of its leaf-most frame that matches one, i.e. where
# the CPU was spent, not who called it.
LAYERS = {"JDBC driver and its socket I/O", "transaction begin/commit (Narayana)",
          "Hibernate other (session, loads, hydration)", "JSON (Jackson, Yasson, Parsson)",
          "GraphQL execution (graphql-java, SmallRye)", "application code (com/connectboard)",
          "HTTP, Vert.x, Netty (incl. socket I/O)", "CDI, context propagation, security"}
CAUSES = [(name, pattern) for name, pattern in COMPILED if name not in LAYERS and not name.startswith("step:")]
LAYER_PATTERNS = [(name, pattern) for name, pattern in COMPILED if name in LAYERS]


def exclusive_item(stack):
    for name, pattern in CAUSES:
        if pattern.search(stack):
            return name
    for frame in reversed(stack.split(";")):
        for name, pattern in LAYER_PATTERNS:
            if pattern.search(frame):
                return name
    return None


def main():
    path = sys.argv[1]
    requests = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 0
    inclusive = {name: 0 for name, _ in ITEMS}
    exclusive = {name: 0 for name, _ in ITEMS}
    exclusive["other (JVM runtime, kernel, unclassified)"] = 0
    total = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            total += n
            for name, pattern in COMPILED:
                if pattern.search(stack):
                    inclusive[name] += n
            exclusive[exclusive_item(stack) or "other (JVM runtime, kernel, unclassified)"] += n
    if total == 0:
        print("no samples")
        return

    def row(name, n):
        ms = f"{n / requests:.2f}" if requests else "n/a"
        return f"| {name} | {n} | {100 * n / total:.1f} % | {ms} |"

    print(f"samples (1 ms of CPU each): {total}; requests during the profile: {requests or 'n/a'};"
          f" CPU ms per request: {total / requests:.2f}" if requests else f"samples: {total}")
    print()
    print("exclusive (each sample once: the first cause of the list that its stack contains, else the layer of its"
          " leaf-most frame that names one):")
    print()
    print("| item | samples | share | CPU ms per request |")
    print("|---|---:|---:|---:|")
    for name, n in sorted(exclusive.items(), key=lambda kv: -kv[1]):
        if n:
            print(row(name, n))
    print()
    print("inclusive (stack contains a frame of the item; items overlap):")
    print()
    print("| item | samples | share | CPU ms per request |")
    print("|---|---:|---:|---:|")
    for name, n in sorted(inclusive.items(), key=lambda kv: -kv[1]):
        if n:
            print(row(name, n))


if __name__ == "__main__":
    main()
