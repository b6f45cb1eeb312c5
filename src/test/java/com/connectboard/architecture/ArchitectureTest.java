package com.connectboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.Entity;

import com.connectboard.event.EventFeed;
import com.connectboard.security.CrossPlatform;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The dependency rules between the feature packages (docs/architecture.md, "Rooms and ports"), checked on the compiled
 * production classes. A feature is a package directly under {@code com.connectboard} with its sub-packages.
 * Each rule holds without exceptions: a violation fails the build.
 */
@AnalyzeClasses(packages = "com.connectboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "com.connectboard.";

    /** The packages every feature may use: the error codes, GraphQL plumbing, who is calling, the audit events. */
    private static final Set<String> SHARED = Set.of("error", "graphql", "security", "event");

    /** No feature depends, directly or through others, on a feature that depends on it. */
    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("com.connectboard.(*)..").namingSlices("$1").should()
            .beFreeOfCycles();

    /**
     * The shared packages are ports: they know no feature, and features plug into them (a {@code NodeResolver}, a
     * {@code ProviderEventHandler}, the view-as lookup).
     */
    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses().that()
            .resideInAnyPackage(SHARED.stream().map(shared -> ROOT + shared + "..").toArray(String[]::new)).should()
            .dependOnClassesThat(new DescribedPredicate<JavaClass>("a feature's classes") {
                @Override
                public boolean test(JavaClass target) {
                    String feature = feature(target);
                    return feature != null && !SHARED.contains(feature);
                }
            });

    /** An entity's fields are set, and the entity created, only by classes of the feature it belongs to. */
    @ArchTest
    static final ArchRule entitiesAreWrittenByTheirOwnFeature = classes().should(new ArchCondition<JavaClass>(
            "write only the entities of their own feature") {
        @Override
        public void check(JavaClass writer, ConditionEvents events) {
            writer.getFieldAccessesFromSelf().stream().filter(access -> access.getAccessType() == AccessType.SET)
                    .forEach(access -> check(writer, access, events));
            writer.getConstructorCallsFromSelf().forEach(call -> check(writer, call, events));
        }

        private void check(JavaClass writer, JavaAccess<? extends AccessTarget> access, ConditionEvents events) {
            JavaClass entity = access.getTargetOwner();
            if (entity.isAnnotatedWith(Entity.class) && !feature(entity).equals(feature(writer))) {
                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
            }
        }
    });

    /**
     * Everything runs as one platform through the tenant-filtered entities, except the statements that cross platforms
     * on purpose: those go through {@code security.CrossPlatform}, which says why. The event feed is the one other
     * user of a plain connection: it reads the event log of every platform on one connection (a snapshot bound, then
     * pages below it; docs/events.md) and hands each event only to its own platform's subscribers.
     */
    @ArchTest
    static final ArchRule onlyCrossPlatformOpensConnections = noClasses().that()
            .doNotHaveFullyQualifiedName(CrossPlatform.class.getName()).and()
            .doNotHaveFullyQualifiedName(EventFeed.class.getName()).should()
            .callMethod(DataSource.class, "getConnection").orShould()
            .callMethod(DataSource.class, "getConnection", String.class, String.class);

    /** The feature a class belongs to: the package directly under {@code com.connectboard}. */
    static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
