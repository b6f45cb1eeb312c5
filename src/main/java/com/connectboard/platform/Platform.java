package com.connectboard.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("Your platform: registered by the provider, its profile completed by your team.")
public record Platform(
        @Id @NonNull @Description("plat_ id, the token's platform_id claim.") String id,
        @NonNull @Description("Name shown to connected accounts.") String name,
        @NonNull @Description("ISO 3166-1 alpha-2 country, e.g. US, FR.") String country,
        @NonNull @Description("ISO 4217 currency, lower case.") String defaultCurrency,
        @Description("Public website.") String url,
        @Description("What the platform sells or does.") String productDescription,
        @Description("Where connected accounts reach the platform's support.") String supportEmail,
        @Description("Where Connectboard sends the platform's notifications (e.g. an account connected).") String notificationEmail,
        @NonNull @Description("True when name, url or product description, support email and notification email are set; "
                + "accounts can only be created then.") Boolean profileComplete)
        implements
            Node {

    static Platform of(PlatformEntity entity) {
        return new Platform(entity.id, entity.name, entity.country, entity.defaultCurrency, entity.url,
                entity.productDescription, entity.supportEmail, entity.notificationEmail, entity.profileComplete());
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
