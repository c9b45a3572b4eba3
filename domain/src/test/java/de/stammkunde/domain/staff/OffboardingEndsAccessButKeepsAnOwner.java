package de.stammkunde.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import org.junit.jupiter.api.Test;

class OffboardingEndsAccessButKeepsAnOwner {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final StaffMember owner = member("owner@example.de", StaffRole.OWNER);
    private final StaffMember agent = member("agent@example.de", StaffRole.AGENT);

    private StaffMember member(String email, StaffRole role) {
        StaffMember m = new StaffMember(shop.id(), StaffId.newId(), email, email, role, "hashed:x", true);
        app.staff.add(m, Actor.SYSTEM);
        return m;
    }

    @Test
    void deactivatingEndsAccessOnceAndReactivatingGivesItBack() {
        ManageStaffAccess access = app.manageStaffAccess();

        assertThat(access.deactivate(shop.id(), agent.id(), Actor.staff(owner.id())).active()).isFalse();
        access.deactivate(shop.id(), agent.id(), Actor.staff(owner.id()));
        assertThat(access.reactivate(shop.id(), agent.id(), Actor.staff(owner.id())).active()).isTrue();

        assertThat(app.published(StaffAccessEnded.class)).as("one fact for the one change").singleElement()
                .satisfies(e -> {
                    assertThat(e.staffId()).isEqualTo(agent.id());
                    assertThat(e.removed()).isFalse();
                });
        assertThat(app.audit.actions()).containsExactly("staff.deactivated", "staff.reactivated");
    }

    @Test
    void theLastActiveOwnerCannotBeDeactivatedOrRemovedButAnotherOwnerCan() {
        ManageStaffAccess access = app.manageStaffAccess();

        assertThatThrownBy(() -> access.deactivate(shop.id(), owner.id(), Actor.staff(owner.id())))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().code())
                        .isEqualTo("last-owner"));
        assertThatThrownBy(() -> access.remove(shop.id(), owner.id(), Actor.staff(owner.id())))
                .isInstanceOf(RejectedException.class);
        StaffMember second = member("second@example.de", StaffRole.OWNER);

        access.remove(shop.id(), owner.id(), Actor.staff(second.id()));

        assertThat(app.staff.byId(shop.id(), owner.id())).isEmpty();
        assertThat(app.published(StaffAccessEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.removed()).isTrue());
    }
}
