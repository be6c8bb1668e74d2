# Builds the Idocs web host: an SDK stage publishes it, a runtime stage runs it as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/Idocs.Web/Idocs.Web.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# appsettings.json binds to 127.0.0.1 for local runs; in a container the host listens on all
# interfaces, and the data folder (SQLite file and folder file store, when chosen) is a volume.
ENV Urls=http://0.0.0.0:8080 \
    Storage__DataDirectory=/var/lib/idocs
RUN mkdir -p /var/lib/idocs && chown "$APP_UID" /var/lib/idocs
VOLUME /var/lib/idocs
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Idocs.Web.dll"]
